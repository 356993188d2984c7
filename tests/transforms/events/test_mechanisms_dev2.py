"""Table-driven tests of phone-call verbs, pluperfect meetings, receptions, attack agents and the new
precision filters (invented sentences with other names and years; real taggers via explain)."""
import pytest

from test_general import has, mentions

POSITIVE = [
    # phone calls: pluperfect and verb forms
    ("Ieri sera il presidente Emmanuel Macron aveva telefonato al cancelliere Olaf Scholz.",
     ("CONSULT", ["Emmanuel Macron", "Olaf Scholz"], "phone", None)),
    ("Martedì scorso Pedro Sánchez aveva sentito al telefono il presidente Emmanuel Macron.",
     ("CONSULT", ["Pedro Sánchez", "Emmanuel Macron"], "phone", None)),
    ("Il 3 maggio Olaf Scholz e Emmanuel Macron si erano poi sentiti in una lunga telefonata.",
     ("CONSULT", ["Olaf Scholz", "Emmanuel Macron"], "phone", None)),
    # a reception in the passive: the subject is received by the host
    ("Il 4 marzo il ministro Antony Blinken è stato ricevuto al Cremlino da Vladimir Putin.",
     ("CONSULT", ["Antony Blinken", "Vladimir Putin"], "any", "OCCURRED")),
    # 'ha riunito all'Eliseo X e Y': a meeting convened by a host
    ("Il 2 luglio Emmanuel Macron aveva riunito all'Eliseo Olaf Scholz e Pedro Sánchez.",
     ("CONSULT", ["Emmanuel Macron", "Olaf Scholz"], "any", None)),
    # the attacker after 'attribuito a'
    ("Il 5 marzo un raid aereo attribuito a Israele aveva colpito Damasco.",
     ("ASSAULT", ["Israel", "Syria"], "any", None)),
    # a visit to a capital named by no state: the dateline's, whose state the story names
    ("Manama, 9 maggio 2019 – Il Bahrein richiama l'ambasciatore. Sabato il segretario alla Difesa americano "
     "Robert Gates è arrivato nella capitale, dove ha incontrato il principe ereditario.",
     ("CONSULT", ["Robert Gates", "Bahrain"], "visit", "OCCURRED")),
    # a body's ministers gathered; a body's summit with the day it was set for in an apposition
    ("Oggi i ministri della Difesa della Nato sono riuniti a Bruxelles.",
     ("CONSULT", ["NATO"], "any", "OCCURRED")),
    ("Il vertice straordinario dell'Unione africana sulla sicurezza, previsto per giovedì 16 maggio ad Addis Abeba, "
     "è stato rinviato a giugno.", ("CONSULT", ["African Union"], "any", "POSTPONED")),
    # measures announced against someone
    ("Oggi il ministero degli Esteri russo ha annunciato misure contro il presidente della Camera ceca Marek Vystrčil.",
     ("SANCTION", ["Russia", "Marek Vystrčil"], "any", "OCCURRED")),
    # shells of a named owner falling on another's land
    ("Ieri alcune granate dell'esercito siriano sono cadute in territorio turco.",
     ("ASSAULT", ["Syria", "Turkey"], "any", "OCCURRED")),
    # a relative clause between the subject and its verb names no party of the verb
    ("Lunedì la Tunisia, che ha aperto il suo spazio aereo ai caccia italiani, ha chiuso la frontiera con la Libia.",
     ("SANCTION", ["Tunisia", "Libya"], "any", "OCCURRED")),
    # military aid, the items before the receiver
    ("La Polonia invierà venerdì due elicotteri all'esercito ucraino.",
     ("AID", ["Poland", "Ukraine"], "any", "PLANNED")),
    # measures weighed: a black list, an asset freeze, a delivery
    ("Washington potrebbe reinserire Cuba nella lista dei Paesi che sostengono il terrorismo.",
     ("SANCTION", ["United States", "Cuba"], "any", "UNCERTAIN")),
    ("Il Regno Unito potrebbe congelare i beni dei dirigenti di Hamas.",
     ("SANCTION", ["United Kingdom", "Hamas"], "any", "UNCERTAIN")),
    ("Secondo fonti diplomatiche, Pechino potrebbe consegnare a Teheran i sistemi antiaerei HQ-9.",
     ("AID", ["China", "Iran"], "any", "UNCERTAIN")),
    # channels of dialogue suspended are a measure, not a meeting put off
    ("Oggi il ministero degli Esteri russo ha sospeso tre canali di dialogo con Tokyo.",
     ("SANCTION", ["Russia", "Japan"], "any", "OCCURRED")),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_positive(text, expected):
    etype, names, mode, status = expected
    ms = mentions(text, published="2019-05-10")
    assert has(ms, etype, names, mode, status), ms


NEGATIVE = [
    # a situation eased is no measure weighed
    ("Il Giappone e la Corea del Sud litigano. Il vertice potrebbe ridurre le tensioni tra Tokyo e Seul.", "SANCTION"),
    # sanctions as a proposal / topic
    ("Il 4 maggio i ministri hanno respinto la proposta tedesca di nuove sanzioni contro la Bielorussia.", "SANCTION"),
    ("Il 4 maggio Pyongyang aveva chiesto la revoca parziale delle sanzioni delle Nazioni Unite.", "SANCTION"),
    # not armed attacks
    ("Il 4 maggio gli Stati Uniti hanno denunciato un attacco informatico della Russia.", "ASSAULT"),
    ("Per la prima volta il governo di Joe Biden colpisce direttamente il settore energetico di Mosca.", "ASSAULT"),
    ("Ieri Emmanuel Macron ha attaccato duramente Olaf Scholz.", "ASSAULT"),
    # a missile test into the sea is no attack on the state whose waters it falls in
    ("Ieri mattina la Corea del Nord aveva lanciato quattro missili balistici, tre dei quali caduti nella zona "
     "economica esclusiva giapponese.", "ASSAULT"),
    # a sitting of one state's own body is no meeting with the state it discusses
    ("Il premier malese, dopo una riunione d'urgenza del Consiglio di sicurezza nazionale, ha definito la mossa della "
     "Corea del Nord un atto abominevole.", "CONSULT"),
]


@pytest.mark.parametrize("text,etype", NEGATIVE)
def test_negative(text, etype):
    ms = mentions(text, published="2019-05-10")
    assert not any(t == etype for t, *_ in ms), ms


def test_definite_attack_back_reference():
    text = ("Il 7 aprile le navi americane hanno lanciato missili contro la Siria. "
            "Ieri Sergej Lavrov ha definito il raid una violazione del diritto internazionale davanti a Rex Tillerson.")
    ms = mentions(text, published="2019-04-12")
    assert not has(ms, "ASSAULT", ["Sergey Lavrov"]), ms
