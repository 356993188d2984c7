"""Table-driven tests (invented sentences, real taggers via explain) of attacks: opening or returning fire, ambushes,
a response aimed at whoever attacked last, the other side of an earlier attack as an unnamed target, and the clause
a nominal attack's target may come from ('..., ma Pechino frena')."""
import pytest

import test_mechanisms_sanctions


def directed(text, published="2010-11-25"):
    return [(t, a, r) for t, _, a, r, _ in test_mechanisms_sanctions.mentions(text, published)]


FOUND = [
    # forces landing on or straying across another's territory, warships entering its waters; with no place of the
    # other state after the verb, the other of the article's two states
    ("Tensione tra Costa Rica e Nicaragua. Il 21 ottobre una cinquantina di militari nicaraguensi sono sbarcati "
     "sull'isola, alla foce del fiume San Juan.", ("ASSAULT", ["Nicaragua"], ["Costa Rica"])),
    ("Tensione tra Ruanda e Uganda. Domenica alcuni soldati ugandesi avrebbero sconfinato vicino al valico di Kagitumba.",
     ("ASSAULT", ["Uganda"], ["Rwanda"])),
    ("Tensione tra Taiwan e Filippine. Lo stesso giorno due navi della guardia costiera di Taiwan sarebbero entrate "
     "nelle acque delle isole Batanes.", ("ASSAULT", ["Taiwan"], ["Philippines"])),
    # the owner named by a demonym that the resolver reads together with the force ('guardia costiera vietnamita')
    ("Ieri stesso quattro navi della guardia costiera vietnamita sono entrate nelle acque territoriali cambogiane.",
     ("ASSAULT", ["Vietnam"], ["Cambodia"])),
    # forces crossing or entering: the states owning the forces against the state of the place after the verb
    ("Nel settembre 1998 truppe del Sudafrica e del Botswana entrarono in Lesotho su mandato della comunità regionale.",
     ("ASSAULT", ["South Africa", "Botswana"], ["Lesotho"])),
    ("Martedì una colonna di soldati sudafricani avrebbe attraversato la frontiera del Lesotho.",
     ("ASSAULT", ["South Africa"], ["Lesotho"])),
    # a ship boarded, a locative phrase between the verb and its object; the flag's state is the target
    ("Il 19 settembre la guardia costiera russa ha abbordato nel mare di Pečora la nave di Greenpeace, battente "
     "bandiera olandese.", ("COERCE", ["Russia"], ["Netherlands"])),
    # a market named by its town is a place, not the economy
    ("Sale la tensione tra Sudan e Sud Sudan. Stamattina l'aviazione sudanese ha colpito il mercato di Mayom, nello "
     "Stato di Unity.", ("ASSAULT", ["Sudan"], ["South Sudan"])),
    # an oil field occupied; a town no list knows hit by one of the two states the article is about: a place of the
    # other
    ("Martedì l'esercito del Sud Sudan ha occupato il giacimento petrolifero di Heglig, in territorio sudanese.",
     ("ASSAULT", ["South Sudan"], ["Sudan"])),
    ("Il Sudan accusa il Sud Sudan. Il Sud Sudan accusa il Sudan. Ieri i bombardieri sudanesi hanno risposto "
     "colpendo la città di Rubkona.", ("ASSAULT", ["Sudan"], ["South Sudan"])),
    # a passive attack with an adverbial phrase before the participle ({ADV})
    ("L'Armenia accusa l'Azerbaigian. Stanotte Stepanakert era stata di nuovo colpita dall'artiglieria azera.",
     ("ASSAULT", ["Azerbaijan"], ["Armenia"])),
    # an aircraft shot down, its agent named with 'da parte di': the target is the other state of the scene; an
    # economy hit before is no attack for it to refer back to
    ("La Russia ha colpito l'economia turca con sanzioni contro la Turchia. Mosca accusa la Turchia. È la risposta "
     "all'abbattimento del bombardiere Su-24 da parte di due caccia F-16 turchi, martedì 24 novembre.",
     ("ASSAULT", ["Turkey"], ["Russia"])),
    # shots fired at a target and fire returned; with no target named, the other state of the scene
    ("La Corea del Nord accusa la Corea del Sud. Seul respinge le accuse di Pyongyang. Giovedì l'artiglieria "
     "nordcoreana ha sparato alcuni colpi contro una postazione di frontiera.", ("ASSAULT", ["North Korea"],
                                                                               ["South Korea"])),
    ("La Corea del Nord accusa la Corea del Sud. Seul respinge le accuse di Pyongyang. Giovedì l'esercito "
     "sudcoreano ha risposto con 29 proiettili da 155 millimetri.", ("ASSAULT", ["South Korea"], ["North Korea"])),
    # an armed group by its full English name
    ("Il 26 settembre l'aviazione turca ha bombardato postazioni del Pkk a Sidakan.",
     ("ASSAULT", ["Turkey"], ["Kurdistan Workers' Party"])),
    # ships entering another state's waters
    ("Il Giappone protesta. Venerdì sei navi della sorveglianza marittima cinese sono entrate nelle acque "
     "territoriali dell'arcipelago.", ("ASSAULT", ["China"], ["Japan"])),
    # armed forces crossing a border or entering a town; an unnamed target is the state the article is about
    ("Il presidente gambiano Yahya Jammeh non lascia il potere a Banjul. Le colonne senegalesi, appoggiate da aerei "
     "nigeriani e da un contingente ghanese, avevano varcato il confine giovedì.",
     ("ASSAULT", ["Senegal", "Nigeria", "Ghana"], ["Gambia"])),
    ("Il 20 novembre i miliziani dell'M23 sono entrati a Goma, capoluogo del Nord Kivu.",
     ("ASSAULT", ["M23"], ["Democratic Republic of the Congo"])),
    # returning fire: the target is the side that attacked last
    ("Martedì l'artiglieria nordcoreana ha colpito l'isola sudcoreana di Baengnyeong. Le batterie sudcoreane hanno "
     "risposto al fuoco con 80 colpi di obice.", ("ASSAULT", ["South Korea"], ["North Korea"])),
    # opening fire against a named target
    ("Giovedì i carri armati israeliani hanno aperto il fuoco contro una base libanese a Naqoura.",
     ("ASSAULT", ["Israel"], ["Lebanon"])),
    # 'i suoi miliziani': the armed group named last; 'due giorni dopo' after a clause opener counts from the last day
    ("Lunedì 3 febbraio l'M23 ha annunciato una tregua unilaterale, ma due giorni dopo i suoi miliziani hanno "
     "conquistato la cittadina di Nyabibwe, nella Repubblica democratica del Congo.", ("ASSAULT", ["M23"], ["Democratic Republic of the Congo"])),
    # military aircraft over another state's islands
    ("Il Giappone protesta con la Cina. Mercoledì sera quattro droni cinesi hanno sorvolato l’arcipelago.",
     ("ASSAULT", ["China"], ["Japan"])),
    # control of a town taken, a day between the verb and 'il controllo' too
    ("Sabato i ribelli dell'M23 hanno preso il controllo di Goma, capoluogo del Nord Kivu.",
     ("ASSAULT", ["M23"], ["Democratic Republic of the Congo"])),
    # an unnamed target: the other side of the last attack this party made or suffered
    ("Sabato l'esercito azero ha bombardato Stepanakert, in Armenia. Domenica le forze armene hanno bombardato i "
     "distretti di confine.", ("ASSAULT", ["Armenia"], ["Azerbaijan"])),
    # armies clashing: the first side against the other
    ("Soldati indiani e cinesi si sono scontrati nella valle di Galwan.", ("ASSAULT", ["India"], ["China"])),
    ("Soldati indiani e cinesi si sono affrontati nella valle del Galwan, il confine mai definito tra i due paesi.",
     ("ASSAULT", ["India"], ["China"])),
    ("Nel 1962 India e Cina avevano combattuto una breve guerra per il controllo di queste montagne.",
     ("ASSAULT", ["India"], ["China"])),
    # a patrol that kills; aircraft over the line of control
    ("Nel 1975 una pattuglia cinese aveva ucciso quattro soldati indiani in un'imboscata.",
     ("ASSAULT", ["China"], ["India"])),
    ("Martedì due elicotteri cinesi hanno sorvolato la linea vicino alla base indiana di Daulat Beg Oldi.",
     ("ASSAULT", ["China"], ["India"])),
    # a patrol boat across a maritime line
    ("Sabato un pattugliatore nordcoreano ha superato la linea di confine marittimo con la Corea del Sud.",
     ("ASSAULT", ["North Korea"], ["South Korea"])),
    # whom an armed act's purpose names is its target; forces that will enter
    ("Domenica le prime colonne dell'esercito keniano hanno attraversato il confine per inseguire gli Shabaab.",
     ("ASSAULT", ["Kenya"], ["al-Shabaab"])),
    ("Nel dicembre 2006 le truppe etiopi erano entrate in Somalia per rovesciare le Corti islamiche.",
     ("ASSAULT", ["Ethiopia"], ["Islamic Courts Union"])),
    ("Il quotidiano The Standard ha scritto che truppe etiopi entreranno in Somalia la prossima settimana.",
     ("ASSAULT", ["Ethiopia"], ["Somalia"])),
    # strikes on a group's positions, by more of the forces the text named
    ("La Giordania ha lanciato la sua rappresaglia contro lo Stato islamico. Ieri caccia giordani hanno colpito la "
     "Siria. Oggi altri caccia hanno bombardato postazioni jihadiste vicino a Mosul.",
     ("ASSAULT", ["Jordan"], ["Islamic State"])),
    # killed by fire (passive) and by an armed subject
    ("Un soldato azero è stato ucciso da un cecchino armeno.", ("ASSAULT", ["Armenia"], ["Azerbaijan"])),
    ("Un drone americano ha ucciso il comandante iraniano all'aeroporto.", ("ASSAULT", ["United States"], ["Iran"])),
    # the forces the trigger names; force against a ship; an invasion
    ("Truppe eritree hanno attraversato il confine etiope.", ("ASSAULT", ["Eritrea"], ["Ethiopia"])),
    ("La guardia costiera cinese ha usato cannoni ad acqua contro una nave filippina.",
     ("ASSAULT", ["China"], ["Philippines"])),
    ("La Russia ha invaso l'Ucraina.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    # a place struck, with who holds it: the holder is hit
    ("Martedì la coalizione guidata dall'Arabia Saudita ha colpito la periferia di Hodeidah, controllata dagli Houthi.",
     ("ASSAULT", ["Saudi Arabia"], ["Houthis"])),
    # aid delivered to a city the trigger names: its state receives it (the road it came by is no donor)
    ("La Francia ha colpito. Intanto il governo turco ha consegnato oggi a Bengasi due camion di medicinali, arrivati "
     "via terra dall'Egitto.", ("AID", ["Turkey"], ["Libya"])),
]

NOT_FOUND = [
    # the strikes a sentence told, their toll after a source
    ("La Giordania ha colpito lo Stato islamico. Ieri caccia giordani hanno colpito depositi di armi dei jihadisti "
     "nei dintorni di Raqqa, nel nord della Siria: secondo l'esercito giordano i raid hanno ucciso 55 miliziani.",
     ("ASSAULT", ["Jordan"], ["Syria"])),
    # a clash of words is no fight
    ("I ministri di India e Cina si sono affrontati a parole sulla questione del confine.",
     ("ASSAULT", ["India"], ["China"])),
    # troops landing at a port for a mission
    ("I militari italiani sono sbarcati a Beirut per la missione Unifil in Libano.", ("ASSAULT", ["Italy"], ["Lebanon"])),
    # words or ideas attacked: a verbal attack, whoever the sentence names after it
    ("Il presidente cinese ha attaccato \"il protezionismo e l'unilateralismo\"; il vicepresidente americano gli ha "
     "risposto.", ("ASSAULT", ["China"], ["United States"])),
    ("Il premier turco ha attaccato duramente la politica greca nell'Egeo.", ("ASSAULT", ["Turkey"], ["Greece"])),
    # the market of a good is the economy
    ("La Russia ha colpito il mercato del grano ucraino con nuovi dazi.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    # attacks a treaty or a warning speaks of
    ("Il trattato di mutua difesa del 1951 si applica anche agli attacchi cinesi contro la guardia costiera "
     "filippina.", ("ASSAULT", ["China"], ["Philippines"])),
    ("In caso di attacco russo contro l'Estonia, la Nato risponderà.", ("ASSAULT", ["Russia"], ["Estonia"])),
    # goods, shops and trade hit are no armed attack
    ("La Cina colpisce l'orzo australiano e la guerra commerciale entra in una nuova fase.",
     ("ASSAULT", ["China"], ["Australia"])),
    ("Le violenze che all'inizio del mese in Sudafrica hanno colpito negozi di cittadini nigeriani.",
     ("ASSAULT", ["South Africa"], ["Nigeria"])),
    # a state named in a later clause ('ma Pechino frena') is no target of a nominal attack
    ("Due giorni dopo il bombardamento nordcoreano dell'isola di Yeonpyeong, la crisi si sposta sul terreno "
     "diplomatico, ma Pechino frena.", ("ASSAULT", ["North Korea"], ["China"])),
    # the noun 'invasione' is mostly a background
    ("Dall'inizio dell'invasione dell'Ucraina, la Russia ha perso alleati.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    # the route aid came by
    ("La Francia ha colpito. Intanto il governo turco ha consegnato oggi a Bengasi due camion di medicinali, arrivati "
     "via terra dall'Egitto.", ("AID", ["Egypt"], ["Libya"])),
    # raids already told, approved from abroad
    ("Ieri navi americane hanno lanciato missili contro la Libia. Il presidente americano è arrivato ieri in Brasile "
     "e da lì ha dato il via libera ai raid.", ("ASSAULT", ["United States"], ["Brazil"])),
]

# an aircraft shot down with no agent named: its state is the target, the state of the place it fell in fired; with
# no place, the other side of the article's fights; with no owner named, the other side of the place's state
FOUND += [
    ("Lunedì sera un drone indiano è stato abbattuto vicino a Fort Abbas, nel Punjab.", ("ASSAULT", ["Pakistan"], ["India"])),
    ("Ieri gli aerei indiani hanno bombardato Balakot, in Pakistan. Stamattina un caccia indiano è stato abbattuto.",
     ("ASSAULT", ["Pakistan"], ["India"])),
    ("Ieri gli aerei indiani hanno bombardato Balakot, in Pakistan. Mercoledì il suo MiG-21 era stato abbattuto sopra "
     "il Kashmir pachistano.", ("ASSAULT", ["Pakistan"], ["India"])),
    ("Secondo la tv di Stato, un secondo drone americano è stato intercettato stamattina vicino a Chabahar.",
     ("ASSAULT", ["Iran"], ["United States"])),
    # two sides exchanging fire
    ("Ieri sera l'artiglieria indiana e quella pachistana si sono scambiate colpi nel settore di Kotli.",
     ("ASSAULT", ["India"], ["Pakistan"])),
    # forces that may enter a country (a modal before the verb)
    ("Il quotidiano ha scritto che reparti delle forze speciali egiziane potrebbero entrare in Libia entro la fine "
     "della settimana.", ("ASSAULT", ["Egypt"], ["Libya"])),
]
FOUND += [
    # one more wave of the same attacks, with no party named: the sides of the latest attack
    ("Ieri all'alba i caccia F-16 egiziani hanno colpito campi di addestramento dello Stato islamico a Derna. Una "
     "seconda ondata di raid ha colpito la città stamattina.", ("ASSAULT", ["Egypt"], ["Islamic State"])),
]
FOUND += [
    # military hardware destroyed in a state's territory
    ("Il ministero della Difesa azero sostiene di aver distrutto ieri una batteria di missili S-300 in territorio "
     "armeno.", ("ASSAULT", ["Azerbaijan"], ["Armenia"])),
]
FOUND += [
    # a person carried off by armed men who came from another state
    ("Venerdì mattina un funzionario della polizia estone, Eston Kohver, è stato portato via da un gruppo di uomini "
     "armati entrati dal territorio russo.", ("COERCE", ["Russia"], ["Eston Kohver"])),
]
NOT_FOUND += [
    # shot down by a named agent: not the agentless reading
    ("Un drone israeliano è stato abbattuto dagli Hezbollah vicino a Tiro.", ("ASSAULT", ["Lebanon"], ["Israel"])),
    ("I due ministri si sono scambiati messaggi di auguri.", ("ASSAULT", [], [])),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[c[0][:40] for c in FOUND])
def test_found(text, expected):
    assert expected in directed(text)


@pytest.mark.parametrize("text,unexpected", NOT_FOUND, ids=[c[0][:40] for c in NOT_FOUND])
def test_not_found(text, unexpected):
    assert unexpected not in directed(text)


@pytest.mark.parametrize("text", [
    # a shoot-down a medium or a party claims, that a later clause denies (also 'ha smentito di aver perso droni')
    "Radio Pakistan ha riferito che lunedì sera un drone indiano è stato abbattuto vicino a Fort Abbas, nel Punjab "
    "pachistano; l'esercito indiano ha smentito di aver perso droni.",
    "La tv di Stato iraniana ha sostenuto che stamattina un secondo drone americano è stato intercettato vicino a "
    "Chabahar; il Comando centrale americano ha smentito.",
])
def test_a_claimed_shoot_down_denied_is_disputed(text):
    ms = test_mechanisms_sanctions.mentions(text, "2019-02-27")
    assert [(t, st) for t, st, _, _, _ in ms if t == "ASSAULT"] == [("ASSAULT", "DISPUTED")], ms


def test_an_attack_called_off_is_cancelled_on_the_day_it_was_set_for():
    # 'previsto per l'alba di venerdì' after a past Thursday: the Friday after it, not the next one
    ms = test_mechanisms_sanctions.mentions("Giovedì sera il presidente americano ha fermato all'ultimo momento un "
                                            "attacco contro tre siti radar iraniani, previsto per l'alba di venerdì.",
                                            "2019-06-22")
    assert [(t, st, d) for t, st, _, _, d in ms if t == "ASSAULT"] == [("ASSAULT", "CANCELLED", "2019-06-21")], ms


def test_an_aircraft_shot_down_after_an_attack_of_its_sentence_is_an_act_of_its_own():
    ms = test_mechanisms_sanctions.mentions("Stamattina caccia pachistani hanno colpito obiettivi militari indiani oltre "
                                            "la Linea di controllo, e nel duello aereo che è seguito un MiG-21 indiano è "
                                            "stato abbattuto.", "2019-02-27")
    assert [(t, a, r) for t, _, a, r, _ in ms] == [("ASSAULT", ["Pakistan"], ["India"])] * 2, ms


def test_forces_crossing_reported_in_the_conditional_are_disputed():
    ms = test_mechanisms_sanctions.mentions("Il settimanale ha scritto che martedì una colonna di soldati sudafricani "
                                            "avrebbe attraversato la frontiera del Lesotho.", "2014-09-04")
    assert [(t, st) for t, st, _, _, _ in ms] == [("ASSAULT", "DISPUTED")]
