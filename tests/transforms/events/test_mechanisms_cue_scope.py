"""Table-driven tests (invented sentences, real taggers via explain) of what status and drop cues reach, of
cancellations of plural talks and of a body's sitting opened on a date that opens the sentence."""
import pytest

from test_mechanisms_clauses import find, run


@pytest.mark.parametrize("text, names, status, date", [
    # a relief cue speaks of measures only: the call that asks for a ban to be lifted is a call
    ("Ieri, martedì 9 maggio, il vice segretario di Stato americano Victoria Nuland ha telefonato al primo ministro "
     "egiziano Mostafa Madbouly per chiedere la revoca del divieto di espatrio.",
     ["Victoria Nuland", "Mostafa Madbouly"], "OCCURRED", "2023-05-09"),
    # 'ha annullato le consultazioni ...': plural talks called off, with their own month
    ("Ieri il governo di Varsavia ha annullato le consultazioni intergovernative con l'Ungheria previste a Budapest "
     "alla fine di giugno.", ["Poland", "Hungary"], "CANCELLED", "2023-06"),
    # a body's sitting opened on the day that opens the sentence
    ("Giovedì scorso, a Bruxelles, si era aperto il Consiglio europeo.", ["European Union"], "OCCURRED", "2023-05-04"),
    # the tense of a relative clause on the verb's object is not the verb's
    ("Il governo argentino e quello iraniano hanno firmato domenica un memorandum che dovrebbe sbloccare l'indagine.",
     ["Argentina", "Iran"], "OCCURRED", "2023-05-07"),
    # a member's suspension the meeting comes after is no postponement of the meeting
    ("I ministri degli Esteri di Cile, Perù e Colombia si sono riuniti ieri a Lima per la prima volta dopo la "
     "sospensione del Messico dall'Alleanza del Pacifico.", ["Chile", "Peru"], "OCCURRED", "2023-05-09"),
    # a party's short form in brackets cuts no clause: after a fronted phrase, the party before the next one is the
    # verb's
    ("Lima, 10 maggio 2023 – Dopo due anni di guerra e dieci giorni di trattative, il governo colombiano e le Forze "
     "armate rivoluzionarie della Colombia (Farc) hanno firmato ieri sera a Lima un accordo.",
     ["Colombia", "Revolutionary Armed Forces of Colombia"], "OCCURRED", "2023-05-09"),
    # a presence to come, hedged with a modal, is a visit
    ("Il presidente cileno potrebbe essere a Lima il 9 giugno per la parata.", ["Chile", "Peru"], "PLANNED",
     "2023-06-09"),
    # the state a place lies by and the refugees' nation are no parties of a visit
    ("Il ministro degli Esteri tedesco ha visitato ieri il campo profughi di Adré, al confine con il Sudan, dove "
     "vivono decine di migliaia di rifugiati sudanesi.", ["Germany", "Chad"], "OCCURRED", "2023-05-09"),
])
def test_cue_scope_keeps_the_event(text, names, status, date):
    ms = run(text)
    assert [m for m in find(ms, "CONSULT", names, date=date) if m["status"] == status], ms
    assert not find(ms, "CONSULT", ["Sudan"]), ms


@pytest.mark.parametrize("text, names, status, date", [
    # a trip given up with a weekday evening between verb and trip: the trip is called off on its day, the giving
    # up is an act of the day inside the verb
    ("Il premier spagnolo, fermo a Londra di ritorno dal Canada, aveva rinunciato già lunedì sera al viaggio in "
     "Romania previsto per oggi.", ["Spain", "Romania"], "CANCELLED", "2023-05-10"),
    ("Il premier spagnolo, fermo a Londra di ritorno dal Canada, aveva rinunciato già lunedì sera al viaggio in "
     "Romania previsto per oggi.", ["Spain", "Romania"], "OCCURRED", "2023-05-08"),
    ("Il presidente cileno ha rinunciato ieri sera alla visita a Lima prevista per oggi.", ["Chile", "Peru"],
     "OCCURRED", "2023-05-09"),
])
def test_a_trip_given_up_is_called_off_and_the_giving_up_is_an_act(text, names, status, date):
    ms = run(text)
    assert [m for m in find(ms, "CONSULT", names, date=date) if m["status"] == status], ms
    # where the traveller came back from is no party
    assert not find(ms, "CONSULT", ["Canada"]), ms


@pytest.mark.parametrize("text", [
    # sitting at one table without a word is no meeting
    "Ieri a Bruxelles il premier polacco e quello ungherese si sono seduti allo stesso tavolo senza rivolgersi la "
    "parola.",
    # the talks an accusation says are held up are no act
    "Domenica la Commissione europea ha accusato il governo elvetico di rinviare la firma dell'accordo quadro.",
])
def test_cue_scope_drops_the_event(text):
    ms = run(text)
    assert not [m for m in ms if m["type"] in ("CONSULT", "AGREE")], ms


def test_a_relief_cue_still_drops_the_measure_it_lifts():
    ms = run("Ieri l'Unione europea ha deciso la revoca delle sanzioni contro la Bielorussia.")
    assert not [m for m in ms if m["type"] == "SANCTION"], ms


def test_a_body_named_without_a_date_of_its_own_is_no_meeting():
    ms = run("Giovedì il premier ha detto che le conclusioni del Consiglio europeo sono deludenti.")
    assert not find(ms, "CONSULT", ["European Union"]), ms


def test_a_cancelling_of_last_week_is_an_act_of_that_week():
    ms = run("La settimana scorsa il presidente del Parlamento turco Mustafa Şentop aveva annullato la visita ad "
             "Ankara del collega svedese Andreas Norlén, prevista per giovedì 18 maggio.", published="2023-05-25")
    assert [m for m in find(ms, "CONSULT", ["Mustafa Şentop", "Andreas Norlén"], date="2023-W20")
            if m["status"] == "OCCURRED"], ms
    assert [m for m in find(ms, "CONSULT", ["Andreas Norlén"], date="2023-05-18") if m["status"] == "CANCELLED"], ms


def test_what_a_cancelled_visit_was_for_after_a_colon_is_cancelled_with_it():
    ms = run("Poche ore dopo il ministro della Difesa Hulusi Akar aveva annullato la visita del collega svedese Pål "
             "Jonson, atteso ad Ankara venerdì 12 maggio: Jonson avrebbe dovuto incontrare Akar e visitare alcune "
             "industrie della difesa.")
    meetings = [m for m in find(ms, "CONSULT", ["Pål Jonson", "Hulusi Akar"], date="2023-05-12")
                if m["mode"] != "visit"]
    assert meetings and all(m["status"] == "CANCELLED" for m in meetings), ms


@pytest.mark.parametrize("text, names, status, date", [
    # a gathering named after a preposition is no threatened act: it is planned
    ("Il premier greco ha minacciato in Parlamento di bloccare «tutte le decisioni» del vertice tra Ue e Turchia di "
     "lunedì 15 maggio a Bruxelles.", ["European Union", "Turkey"], "PLANNED", "2023-05-15"),
    # a visit the host refuses is cancelled
    ("Il governo greco ha fatto sapere che la visita ad Atene chiesta dalla ministra austriaca Johanna Mikl-Leitner "
     "per martedì prossimo «non è gradita».", ["Johanna Mikl-Leitner", "Greece"], "CANCELLED", "2023-05-16"),
    # a council of one portfolio's ministers, on the date opening the sentence
    ("Ieri pomeriggio la tensione è esplosa a Bruxelles, al Consiglio dei ministri dell'Interno dell'Ue.",
     ["European Union"], "OCCURRED", "2023-05-09"),
    # the sitting that sets a clause: its subject takes part; refusing approval denies no sitting
    ("Ieri, al Consiglio Affari generali riunito in videoconferenza, la Bulgaria ha negato il via libera al quadro "
     "negoziale per Skopje.", ["European Union", "Bulgaria"], "OCCURRED", "2023-05-09"),
])
def test_sittings_and_gatherings(text, names, status, date):
    ms = run(text)
    assert [m for m in find(ms, "CONSULT", names, date=date) if m["status"] == status], ms


def test_the_conclusions_of_a_council_are_no_sitting_even_on_a_date_opening_the_sentence():
    ms = run("Ieri le conclusioni del Consiglio europeo hanno deluso Varsavia.")
    assert not find(ms, "CONSULT", ["European Union"]), ms


def test_a_visitor_meets_the_officer_who_leads_the_hosts_forces():
    ms = run("Sabato il capo di Stato maggiore americano, il generale Martin Dempsey, sarà al Cairo, dove incontrerà il "
             "maresciallo che guida il Consiglio supremo delle forze armate.")
    meetings = [m for m in find(ms, "CONSULT", ["Martin Dempsey", "Egypt"], date="2023-05-13") if m["mode"] != "visit"]
    assert meetings and meetings[0]["status"] == "PLANNED", ms


def test_the_verb_of_meetings_dated_apart_is_the_cancelling_on_its_own_day():
    ms = run("La delegazione militare egiziana era arrivata domenica a Washington; lunedì ha annullato gli incontri "
             "previsti al Congresso per martedì ed è rientrata al Cairo.")
    assert [m for m in find(ms, "CONSULT", ["Egypt"], date="2023-05-08") if m["status"] == "OCCURRED"], ms
    assert [m for m in find(ms, "CONSULT", ["Egypt"], date="2023-05-09") if m["status"] == "CANCELLED"], ms


def test_a_gathering_told_before_is_dated_by_the_day_it_opened():
    ms = run("Il presidente ucraino Viktor Yanukovych ha lasciato oggi il vertice del Partenariato orientale senza "
             "firmare l'accordo con l'Unione europea. Il vertice si era aperto ieri sera con una cena.")
    summits = [m for m in ms if m["type"] == "CONSULT" and "Viktor Yanukovych" in m["names"]]
    assert summits and summits[0]["date"] == "2023-05-09", ms


@pytest.mark.parametrize("text, names, planned, done", [
    # announced as done
    ("La presidente lituana Dalia Grybauskaitė ha annunciato di aver annullato la visita a Kiev prevista per "
     "il 12 giugno.", ["Dalia Grybauskaitė"], "2023-06-12", "2023-05-10"),
    # told in the present perfect of the news, with no day of its own
    ("Il governo cileno ha intanto annullato la riunione della commissione binazionale con il Perù, prevista per "
     "giovedì 8 giugno ad Arica.", ["Chile", "Peru"], "2023-06-08", "2023-05-10"),
    ("È stata inoltre annullata la visita del ministro degli Esteri cileno in Perù, attesa per lunedì 5 giugno.",
     ["Chile", "Peru"], "2023-06-05", "2023-05-10"),
    # the pluperfect tells a cancelling of some earlier day: none of the day of writing
    ("Il governo cileno aveva annullato la riunione della commissione binazionale con il Perù, prevista per "
     "giovedì 8 giugno ad Arica.", ["Chile", "Peru"], "2023-06-08", None),
])
def test_a_cancelling_told_as_done_is_of_the_day_of_writing(text, names, planned, done):
    ms = run(text)
    assert [m for m in find(ms, "CONSULT", names, date=planned) if m["status"] == "CANCELLED"], ms
    acts = [m for m in find(ms, "CONSULT", names) if m["status"] == "OCCURRED"]
    assert [m["date"] for m in acts] == ([done] if done else []), ms


def test_a_cancelling_verb_takes_the_parties_of_the_meeting_it_governs():
    ms = run("Ieri Trump, ricevendo alla Casa Bianca il segretario generale della Nato Mark Rutte, ha annunciato di "
             "aver cancellato il vertice con Vladimir Putin.")
    assert not [m for m in ms if m["status"] == "CANCELLED" and "Mark Rutte" in m["names"]], ms


def test_raised_tariffs_on_goods_imported_from_a_state_hit_that_state():
    ms = run("Ieri, martedì 9 maggio, il presidente degli Stati Uniti ha annunciato su Twitter il raddoppio dei dazi "
             "sull'acciaio e sull'alluminio importati dalla Turchia.")
    assert [m for m in ms if m["type"] == "SANCTION" and "Turkey" in m["recipients"] and m["date"] == "2023-05-09"], ms


def test_a_second_meeting_has_the_parties_of_the_first():
    ms = run("Ieri una delegazione turca guidata dal viceministro degli Esteri Sedat Önal ha incontrato a Washington il "
             "vicesegretario di Stato americano. Il secondo incontro, previsto per oggi, è saltato senza spiegazioni.")
    assert [m for m in find(ms, "CONSULT", ["Sedat Önal", "United States"]) if m["status"] == "CANCELLED"], ms


def test_a_call_one_side_reports_and_the_other_says_never_happened_is_disputed():
    ms = run("Secondo il ministero degli Esteri svedese, domenica il ministro Tobias Billström ha parlato al telefono "
             "con il collega turco; fonti diplomatiche turche hanno però negato che la telefonata ci sia mai stata.")
    assert [m for m in find(ms, "CONSULT", ["Tobias Billström"]) if m["status"] == "DISPUTED"], ms


def test_a_plan_the_press_reports_and_the_next_sentence_denies_is_denied():
    ms = run("Secondo il quotidiano filogovernativo ungherese Magyar Nemzet, Varsavia starebbe preparando l'espulsione "
             "di due diplomatici ungheresi entro la fine dell'anno. Il portavoce Paweł Wroński ha smentito: «Non è in "
             "programma».")
    assert [m for m in ms if m["type"] == "SANCTION" and m["actors"] == ["Poland"] and m["recipients"] == ["Hungary"]
            and m["status"] == "DENIED"], ms


def test_the_expulsion_of_one_official_is_a_measure():
    ms = run("Ora potrebbe toccare all'Irlanda: secondo l'Irish Times, il governo di Dublino deciderà entro la fine di "
             "giugno sull'espulsione di un funzionario dell'ambasciata israeliana.")
    assert [m for m in ms if m["type"] == "SANCTION" and m["actors"] == ["Ireland"] and m["recipients"] == ["Israel"]
            and m["date"] == "2023-06"], ms


@pytest.mark.parametrize("text, names, date", [
    # an arrival after a modal, with an adverb between: a visit that may come
    ("Il ministro degli Esteri polacco Zbigniew Rau potrebbe invece venire a Praga a metà ottobre.",
     ["Zbigniew Rau", "Czech Republic"], "2023-10"),
    ("Il presidente honduregno potrebbe arrivare in Israele a giugno.", ["Honduras", "Israel"], "2023-06"),
    # the security services of a state are that state, not a topic
    ("Secondo il quotidiano Haaretz, una delegazione dei servizi di sicurezza egiziani potrebbe arrivare in Israele "
     "già la prossima settimana.", ["Egypt", "Israel"], "2023-W20"),
])
def test_a_visit_after_a_modal_is_a_visit_still_to_come(text, names, date):
    ms = run(text)
    assert [m for m in find(ms, "CONSULT", names, date=date) if m["status"] in ("PLANNED", "UNCERTAIN")], ms


@pytest.mark.parametrize("text, names, status, date", [
    # a sentence set where the sentence before ends ('Lì') takes the day of the gathering told there
    ("Oggi il commissario vola a Mosca per preparare il vertice Ue-Russia in programma giovedì e venerdì a Nizhny "
     "Novgorod. Lì il presidente della Commissione, José Manuel Barroso, vedrà il presidente russo Dmitry Medvedev.",
     ["José Manuel Barroso", "Dmitry Medvedev"], "PLANNED", "2023-05-11"),
    # the name in apposition to a passive's agent is the counterpart, not a party of the noun after a colon
    ("Venerdì 5 maggio il diplomatico americano André Goodfriend è stato ricevuto dal capo di gabinetto del premier, "
     "János Lázár: oltre due ore di colloquio secondo l'ambasciata.", ["André Goodfriend", "János Lázár"],
     "OCCURRED", "2023-05-05"),
    # the ministers of a body gathered in a session: a sitting of that body
    ("Ieri a Lussemburgo i ministri dell'Agricoltura dei Ventisette, riuniti in una sessione straordinaria, hanno "
     "discusso per oltre sei ore il piano della Commissione.", ["European Union"], "OCCURRED", "2023-05-09"),
    # a meeting on the margins of a sitting told two sentences before is of the sitting's day
    ("Ieri a Lussemburgo i ministri dell'Agricoltura dei Ventisette, riuniti in una sessione straordinaria, hanno "
     "discusso il piano della Commissione. La Spagna ha chiesto di alzare la cifra. A margine del Consiglio la "
     "ministra spagnola Rosa Aguilar ha incontrato la collega tedesca Ilse Aigner.", ["Rosa Aguilar", "Ilse Aigner"],
     "OCCURRED", "2023-05-09"),
    # a sentence that tells again, in the passive, an act dated before is set on that act's day
    ("Il governo argentino e quello iraniano hanno firmato domenica un memorandum sull'attentato. Il testo è stato "
     "firmato in Etiopia dal ministro degli Esteri argentino Héctor Timerman e dal suo collega iraniano, dopo un "
     "incontro durato un'ora e mezza.", ["Héctor Timerman", "Iran"], "OCCURRED", "2023-05-07"),
])
def test_scenes_sessions_and_apposed_agents(text, names, status, date):
    ms = run(text)
    assert [m for m in find(ms, "CONSULT", names, date=date) if m["status"] == status], ms


@pytest.mark.parametrize("text, status, date", [
    # a recall 'per consultazioni' of the envoy is a measure; the date and tense of the coordinated clause before it
    # are that clause's
    ("Ieri la Francia ha confermato che il contingente lascerà il Burkina Faso entro la fine di febbraio, come "
     "previsto dall'accordo, e nello stesso comunicato ha annunciato il richiamo per consultazioni del suo "
     "ambasciatore.", "OCCURRED", "2023-05-09"),
])
def test_a_recall_after_a_coordinated_clause_with_its_own_date(text, status, date):
    ms = run(text)
    assert [m for m in find(ms, "SANCTION", ["France", "Burkina Faso"], date=date) if m["status"] == status], ms


def test_a_day_in_apposition_to_an_opening_date_dates_every_act_of_the_sentence():
    ms = run("Appena due settimane fa, il 4 maggio, la segretaria di Stato francese allo Sviluppo Chrysoula "
             "Zacharopoulou era arrivata nella capitale ed era stata ricevuta da Ibrahim Traoré.")
    assert find(ms, "CONSULT", ["Chrysoula Zacharopoulou", "Ibrahim Traoré"], date="2023-05-04"), ms


def test_a_date_closing_a_clause_before_ne_dates_that_clause():
    # 'X di novembre, né la conferenza ... di dicembre': each gathering its own month
    ms = run("Il Perù non ospiterà il vertice dell'Apec di novembre, né la conferenza delle Nazioni Unite sul clima di "
             "dicembre.")
    assert find(ms, "CONSULT", ["United Nations"], date="2023-12"), ms
    assert not find(ms, "CONSULT", ["United Nations"], date="2023-11"), ms


def test_a_calling_off_talked_about_is_no_status_of_the_talk():
    ms = run("Lunedì il ministro degli Esteri peruviano avrebbe incontrato in segreto l'ambasciatore degli Stati Uniti "
             "per discutere l'annullamento; il ministero ha smentito.")
    assert [m for m in find(ms, "CONSULT", ["Peru", "United States"]) if m["status"] == "DISPUTED"], ms


def test_aid_an_agreement_provides_for_is_no_delivery():
    ms = run("Il governo sudanese e i ribelli hanno firmato ieri un accordo. L'intesa prevede il disarmo dei combattenti "
             "entro trenta giorni, il ritorno delle istituzioni federali e la ripresa degli aiuti umanitari.")
    assert not [m for m in ms if m["type"] == "AID"], ms
