"""Table-driven tests of the recall mechanisms (invented sentences, real taggers via explain): group parties,
institutional meetings with a date of their own, cancellations, aid with an implicit recipient, attacks with an
implicit attacker, dates of the trigger's own clause, planned cues inside the trigger."""
import pytest

from schemas.models import Article
from transforms.events import explain


def mentions(text, published="2016-03-10"):
    e = explain(Article(id="t", text=text, published=published))
    return [(m["event_type"], m["status"], sorted(p["name"] for p in m["actors"] + m["recipients"]),
             (m.get("date") or {}).get("value")) for m in e["mentions"]]


def has(ms, etype, names, status=None, date=None):
    return any(t == etype and all(n in ps for n in names) and (status is None or st == status)
               and (date is None or d == date) for t, st, ps, d in ms)


FOUND = [
    # a relief agency's cargo plane landing with supplies
    ("Ieri all'aeroporto di Chittagong, in Bangladesh, è atterrato un cargo dell'Unhcr con cento tonnellate di tende.",
     ("AID", ["United Nations High Commissioner for Refugees", "Bangladesh"], "OCCURRED", "2016-03-09")),
    # a convoy with medical supplies arriving is aid from its owner, not a visit
    ("Giovedì un primo convoglio del Comitato internazionale della Croce Rossa con materiale medico è arrivato a Goma "
     "dal Ruanda.", ("AID", ["International Committee of the Red Cross", "Democratic Republic of the Congo"], None,
                     None)),
    # a group party stands for its member states
    ("Il 3 aprile, al vertice del G7 a Ise-Shima, i leader hanno discusso di commercio.",
     ("CONSULT", ["Japan", "Canada", "Italy"], None, "2016-04-03")),
    ("Il 2 febbraio l'Iran e il gruppo 5+1 hanno tenuto a Vienna un nuovo round di negoziati.",
     ("CONSULT", ["Iran", "Germany", "China"], None, "2016-02-02")),
    # an EU body meeting with a date of its own is a meeting of the European Union
    ("La proposta sarà discussa dal Consiglio europeo del 17 e 18 marzo a Bruxelles.",
     ("CONSULT", ["European Union"], None, None)),
    # a cancellation verb is a cancelled meeting, dated by its own clause; the meeting itself stays planned
    ("Dopo averlo annullato la settimana scorsa, Angela Merkel ha annunciato oggi che l'incontro con "
     "François Hollande si terrà il 20 marzo.",
     ("CONSULT", ["Angela Merkel", "François Hollande"], "PLANNED", "2016-03-20")),
    # aid: origin 'dalla Cina' gives, the country the article is about receives
    ("L'Italia attende aiuti. Il 5 marzo è arrivato in Italia un volo dalla Cina con dieci medici e "
     "respiratori. In Italia intanto cresce l'allarme.",
     ("AID", ["China", "Italy"], None, "2016-03-05")),
    # who announces the delivery gives it
    ("Il presidente francese François Hollande ha annunciato l'invio di altri sei obici al Libano.",
     ("AID", ["François Hollande", "Lebanon"], None, None)),
    # an attack without a named attacker: the attacker the surrounding sentences name
    ("Le forze russe avanzano nel Donbass e Mosca non risponde. L'8 marzo due missili hanno colpito "
     "il porto di Odessa. I russi negano ogni responsabilità.",
     ("ASSAULT", ["Russia", "Ukraine"], None, "2016-03-08")),
    # a planned cue inside a visit trigger, and a date of the trigger's own clause
    ("Il presidente cinese Xi Jinping è atteso a Parigi in autunno per il vertice sul clima.",
     ("CONSULT", ["Xi Jinping", "France"], "PLANNED", "2016-FA")),
    # 'hanno concordato di sentirsi': a planned call of the parties the sentence opens with
    ("Matteo Renzi ha telefonato ad Angela Merkel. I due leader, riferisce una nota, hanno concordato di "
     "sentirsi di nuovo.",
     ("CONSULT", ["Matteo Renzi", "Angela Merkel"], "PLANNED", None)),
    # going, flying or being expected at a capital named by its adjective or at 'the emirate'; a possible trip after a
    # source named with 'secondo' keeps its destination
    ("Il 7 luglio il ministro libico Ahmed Saleh era poi andato in Giordania.",
     ("CONSULT", ["Ahmed Saleh", "Jordan"], "OCCURRED", "2015-07-07")),
    ("La crisi tra Qatar e Nepal si aggrava. Il ministro nepalese del Lavoro era volato nell'emirato la settimana "
     "scorsa. Il Qatar tace, il Nepal protesta.", ("CONSULT", ["Nepal", "Qatar"], "OCCURRED", "2016-W09")),
    ("Una delegazione giordana è comunque attesa nella capitale egiziana la prossima settimana.",
     ("CONSULT", ["Jordan", "Egypt"], "PLANNED", "2016-W11")),
    ("Il viceministro Karim Haddad, che secondo Anadolu potrebbe recarsi nella capitale libanese, non ha confermato.",
     ("CONSULT", ["Karim Haddad", "Lebanon"], None, None)),
    # cancelling a meeting of the two states on a day named between the verb and the meeting: the act of that day
    ("Il ministero dei Trasporti armeno ha annullato ieri la riunione della commissione mista con la Georgia, in "
     "programma martedì 15 marzo a Tbilisi.", ("CONSULT", ["Armenia", "Georgia"], "OCCURRED", "2016-03-09")),
    # the cancelling takes the cancelled visit's parties (the host state of the visit)
    ("Il governo spagnolo ha annullato oggi la visita a Lisbona del ministro Albares, prevista per lunedì 14 marzo.",
     ("CONSULT", ["Spain", "Portugal"], "OCCURRED", "2016-03-10")),
    # a meeting noun dated by the day it was scheduled for, later in its clause; the verb that takes it back with a
    # pronoun is the cancelling, on its own day; 'finché non ci saranno' is a condition, not a negation
    ("E salta anche la visita a Sofia del vicepremier macedone per gli Affari europei, Nikola Dimitrov, attesa per "
     "lunedì 14 marzo: l'ha annullata oggi lo stesso Dimitrov, \"finché non ci saranno le condizioni\".",
     ("CONSULT", ["Nikola Dimitrov", "Bulgaria"], "CANCELLED", "2016-03-14")),
    ("E salta anche la visita a Sofia del vicepremier macedone per gli Affari europei, Nikola Dimitrov, attesa per "
     "lunedì 14 marzo: l'ha annullata oggi lo stesso Dimitrov, \"finché non ci saranno le condizioni\".",
     ("CONSULT", ["Nikola Dimitrov", "Bulgaria"], "OCCURRED", "2016-03-10")),
    # 'i due governi' among three states are the two the article is about; a cancelling verb after a clitic, with
    # 'la parte turca' as its subject, is the act of its own day
    ("La Turchia ha espulso l'ambasciatore di Israele. Israele protesta, la Turchia tace. Il segretario di Stato "
     "americano ha telefonato al ministro turco. Il portavoce turco ha smentito ogni tensione. Salta invece il nuovo round di colloqui tra gli emissari dei due "
     "governi, in calendario per lunedì 14 marzo in Svizzera: lo ha annullato sabato la parte turca.",
     ("CONSULT", ["Turkey", "Israel"], "CANCELLED", "2016-03-14")),
    ("La Turchia ha espulso l'ambasciatore di Israele. Israele protesta, la Turchia tace. Il segretario di Stato "
     "americano ha telefonato al ministro turco. Il portavoce turco ha smentito ogni tensione. Salta invece il nuovo round di colloqui tra gli emissari dei due "
     "governi, in calendario per lunedì 14 marzo in Svizzera: lo ha annullato sabato la parte turca.",
     ("CONSULT", ["Turkey", "Israel"], "OCCURRED", "2016-03-05")),
    # a briefing of a body's ambassadors is a meeting with the body
    ("Stamattina la ministra degli Esteri boliviana Karen Longaric ha convocato al ministero gli ambasciatori dei "
     "Paesi dell'Unione europea.", ("CONSULT", ["Karen Longaric", "European Union"], "OCCURRED", "2016-03-10")),
    ("Oggi il ministro degli Esteri nepalese Pradeep Gyawali ha illustrato la posizione del suo governo agli "
     "ambasciatori dei Paesi dell’Unione europea.", ("CONSULT", ["Pradeep Gyawali", "European Union"], "OCCURRED",
                                                     "2016-03-10")),
    # relief named with its giver after a participle
    ("A fine febbraio l’India aveva consegnato al Nepal ventitré tonnellate di farmaci, e ieri sono arrivati "
     "all’aeroporto della capitale nepalese i respiratori e i dispositivi di protezione donati dalla Cina.",
     ("AID", ["China", "Nepal"], "OCCURRED", "2016-03-09")),
    # (with no other state in its clause, the state the article is about receives)
    ("L’Algeria ha rotto le relazioni con il Marocco. L'Algeria accusa Rabat di atti ostili. E all’inizio di marzo il "
     "Marocco aveva offerto due Canadair all'Algeria: l’offerta è rimasta senza risposta, mentre gli aerei antincendio "
     "inviati la settimana scorsa dall’Unione europea sono stati accolti.",
     ("AID", ["European Union", "Algeria"], "OCCURRED", "2016-W09")),
    # bodies by their Italian names
    ("Il 15 marzo il premier indiano aveva riunito in videoconferenza i leader dell’Associazione dell’Asia "
     "meridionale per la cooperazione regionale.",
     ("CONSULT", ["India", "South Asian Association for Regional Cooperation"], None, None)),
    # an unnamed European commissioner stands for the Commission
    ("Il ministro serbo Ivica Dačić ha sentito al telefono il commissario europeo per l'Allargamento.",
     ("CONSULT", ["Ivica Dačić", "European Commission"], "OCCURRED", None)),
    # taking part in a body's gathering, in the present or the future
    ("Il premier portoghese António Costa parteciperà giovedì al Consiglio europeo.",
     ("CONSULT", ["António Costa", "European Council"], "PLANNED", None)),
    # relations downgraded, with an article; a mission's staff cut, ordered or possible
    ("Ieri la Bielorussia aveva declassato le relazioni al livello di incaricato d'affari con la Lituania.",
     ("SANCTION", ["Belarus", "Lithuania"], "OCCURRED", "2016-03-09")),
    ("Il 2 marzo il governo lettone aveva imposto all'ambasciata bielorussa di ridurre il personale a cinque "
     "diplomatici.", ("SANCTION", ["Latvia", "Belarus"], "OCCURRED", "2016-03-02")),
    ("Anche la Polonia potrebbe ridurre il personale della missione bielorussa.",
     ("SANCTION", ["Poland", "Belarus"], "UNCERTAIN", None)),
    # a deadline is the envoy's, not the expulsion's plan
    ("Ieri la Moldavia ha espulso l'ambasciatore russo, che dovrà partire entro il 20 marzo.",
     ("SANCTION", ["Moldova", "Russia"], "OCCURRED", "2016-03-09")),
    # a government named by no state is the one of the state the article is about
    ("VILNIUS, 10 MAR - La Lituania protesta con Minsk. La settimana scorsa il governo aveva consegnato all'Ucraina "
     "un nuovo lotto di munizioni.", ("AID", ["Lithuania", "Ukraine"], "OCCURRED", "2016-W09")),
    # one aircraft violating airspace; a low flyby over a warship; a missile and its launcher after the participle
    ("Martedì un elicottero militare bielorusso ha violato per pochi minuti lo spazio aereo lituano.",
     ("ASSAULT", ["Belarus", "Lithuania"], "OCCURRED", "2016-03-08")),
    ("Lunedì un pattugliatore cinese avrebbe sorvolato a bassa quota il cacciatorpediniere giapponese Kongo.",
     ("ASSAULT", ["China", "Japan"], None, "2016-03-07")),
    ("La sera del 4 marzo un missile lanciato dai ribelli houthi era stato intercettato vicino alla capitale "
     "saudita.", ("ASSAULT", ["Houthis", "Saudi Arabia"], "OCCURRED", "2016-03-04")),
    # rations distributed
    ("La settimana scorsa l'Unicef ha distribuito razioni a duemila famiglie del Mali.",
     ("AID", ["Mali"], "OCCURRED", "2016-W09")),
    # a stop on the way; being somewhere on a named weekday and date
    ("Martedì il premier Matteo Renzi potrebbe fare tappa in Egitto.", ("CONSULT", ["Matteo Renzi", "Egypt"], None,
                                                                      "2016-03-15")),
    ("Il premier Matteo Renzi sara' venerdi' 18 marzo in Tunisia, dove incontrera' il presidente tunisino.",
     ("CONSULT", ["Matteo Renzi", "Tunisia"], "PLANNED", "2016-03-18")),
    # a recall in the infinitive past; the heads of missions recalled
    ("Ieri il ministero degli Esteri cileno ha annunciato di aver richiamato per consultazioni il proprio ambasciatore "
     "in Bolivia.", ("SANCTION", ["Chile", "Bolivia"], "OCCURRED", "2016-03-09")),
    ("Martedì il Perù ha richiamato per consultazioni i capi delle sue missioni in Venezuela.",
     ("SANCTION", ["Peru", "Venezuela"], "OCCURRED", "2016-03-08")),
    # a second verb after 'e' takes up the subject of the first, not the first verb's object
    ("Ieri il governo cileno aveva convocato l'incaricato d'affari boliviano Juan Pérez e aveva sospeso il rilascio "
     "dei visti a La Paz.",
     ("SANCTION", ["Chile", "Bolivia"], "OCCURRED", "2016-03-09")),
    # lorries or a diplomatic car stopped at a crossing
    ("Lunedì le guardie di frontiera kazake avrebbero bloccato al valico di Korday una ventina di camion kirghisi.",
     ("SANCTION", ["Kazakhstan", "Kyrgyzstan"], None, "2016-03-07")),
    ("Lunedì le guardie di frontiera lettoni hanno respinto al valico di Terehova un'auto con targa diplomatica "
     "dell'ambasciata russa.", ("SANCTION", ["Latvia", "Russia"], "OCCURRED", "2016-03-07")),
    ("Lunedì i doganieri kazaki avrebbero bloccato per ore al valico di Korday una colonna di camion kirghisi "
     "carichi di frutta.", ("SANCTION", ["Kazakhstan", "Kyrgyzstan"], None, "2016-03-07")),
    # cooperation suspended with a body of another state
    ("Mercoledì il governo indonesiano ha sospeso la cooperazione con la polizia federale australiana.",
     ("SANCTION", ["Indonesia", "Australia"], "OCCURRED", "2016-03-09")),
    # the talks of a trip dated by the text happen on its day; a long office title before each person met
    ("Il segretario agli Esteri indiano Vikram Misri è stato ieri nella capitale del Bangladesh. Misri ha poi "
     "incontrato il consigliere per gli Affari esteri Touhid Hossain e il capo del governo ad interim Muhammad Yunus.",
     ("CONSULT", ["Vikram Misri", "Muhammad Yunus"], "OCCURRED", "2016-03-09")),
    # after a flashback in the pluperfect, the present perfect is back on the story's day
    ("Oggi il premier libanese Saad Hariri è arrivato a Parigi. In quel discorso, il 4 marzo, Hariri aveva accusato "
     "l'Iran. A pranzo è stato ricevuto dal presidente francese François Hollande.",
     ("CONSULT", ["Saad Hariri", "François Hollande"], "OCCURRED", "2016-03-10")),
    # a crown prince met in the capital of a visit is the host's; an unplanned stop happened
    ("Giovedì il ministro degli Esteri francese era volato nella capitale saudita, dove aveva incontrato il principe "
     "ereditario.", ("CONSULT", ["France", "Saudi Arabia"], "OCCURRED", None)),
    ("Il 9 marzo il presidente francese François Hollande ha fatto una tappa non prevista in Arabia Saudita.",
     ("CONSULT", ["François Hollande", "Saudi Arabia"], "OCCURRED", "2016-03-09")),
    # the cancelling act on the day of its clause, after 'ma' with the same subject
    ("Oggi il ministero saudita del Commercio ha smentito, ma ha annullato la riunione della commissione mista "
     "saudita-tedesca in programma martedì 15 marzo.", ("CONSULT", ["Saudi Arabia", "Germany"], "OCCURRED",
                                                       "2016-03-10")),
    # the cancelling in the passive, on the day opening its sentence; the visit on the day it was expected
    ("Venerdì, su richiesta indonesiana, è stata annullata la visita del sottosegretario australiano Brett Mason, "
     "attesa ad aprile.", ("CONSULT", ["Brett Mason"], "CANCELLED", "2016-04")),
    ("Venerdì, su richiesta indonesiana, è stata annullata la visita del sottosegretario australiano Brett Mason, "
     "attesa ad aprile.", ("CONSULT", ["Brett Mason"], "OCCURRED", "2016-03-04")),
    # a meeting that 'si sarebbe dovuta tenere' on a day is dated to that day
    ("È stata rinviata la riunione della commissione mista tra Burundi e Ruanda, che si sarebbe dovuta tenere "
     "martedì 15 marzo.", ("CONSULT", ["Burundi", "Rwanda"], "POSTPONED", "2016-03-15")),
    # a videoconference is a meeting; ending the talks is the act of that day, with the talks' parties
    ("Il ministro giapponese ha accusato la Corea del Sud. Il 27 febbraio si era tenuta una videoconferenza tra "
     "Giappone e Corea del Sud.", ("CONSULT", ["Japan", "South Korea"], "OCCURRED", "2016-02-27")),
    ("Dopo una prima videoconferenza il 27 febbraio, i delegati di Giappone e Corea del Sud si erano incontrati "
     "lunedì 7 marzo a Singapore. Martedì 8 marzo il ministero della Difesa giapponese ha annunciato la fine delle "
     "consultazioni.", ("CONSULT", ["Japan", "South Korea"], "OCCURRED", "2016-03-08")),
    # a joint committee with one word before its adjective; a visit's date attached by a participle of doing it
    ("Singapore ha rinviato la riunione del Comitato ministeriale congiunto con la Malesia, in programma lunedì 14 "
     "marzo, dopo la visita compiuta ieri mattina dal capo del governo malese.",
     ("CONSULT", ["Singapore", "Malaysia"], "POSTPONED", "2016-03-14")),
    ("La Malesia protesta. Singapore ha rinviato la riunione del Comitato ministeriale congiunto, in programma lunedì "
     "14 marzo, dopo la visita compiuta ieri mattina a Singapore dal premier malese Najib Razak.",
     ("CONSULT", ["Najib Razak", "Singapore"], "OCCURRED", "2016-03-09")),
    # a date after a measure noun's participle clause is the measure's
    ("Giovedì 10 marzo il Dipartimento di Stato ha dichiarato persona non grata l'ambasciatore ecuadoriano Luis "
     "Gallegos, in risposta all'espulsione dell'ambasciatrice americana Heather Hodges, decisa dal governo "
     "ecuadoriano due giorni prima.", ("SANCTION", ["Ecuador", "Heather Hodges"], "OCCURRED", "2016-03-08")),
    # 'il governo l'ha dichiarata persona non grata': the clitic is the person the sentence before was about, the
    # government the article's state
    ("L'Ecuador protesta con gli Stati Uniti. Martedì 8 marzo il ministro degli Esteri ecuadoriano ha convocato "
     "l'ambasciatrice americana Heather Hodges per chiederle spiegazioni; l'ambasciatrice ha risposto che non poteva "
     "commentare. Poche ore "
     "dopo il governo l'ha dichiarata persona non grata.",
     ("SANCTION", ["Ecuador", "Heather Hodges"], "OCCURRED", "2016-03-08")),
    # a meeting of a bilateral format called off: the cancelling on its day, the meeting in the month it was due
    ("L'Ecuador protesta con gli Stati Uniti. Lo stesso giovedì il Dipartimento di Stato ha annullato la riunione "
     "annuale del dialogo bilaterale, prevista a maggio nella capitale americana.",
     ("CONSULT", ["United States", "Ecuador"], "CANCELLED", "2016-05")),
    ("L'Ecuador protesta con gli Stati Uniti. Giovedì 3 marzo il Dipartimento di Stato ha annullato la riunione "
     "annuale del dialogo bilaterale, prevista a maggio nella capitale americana.",
     ("CONSULT", ["United States", "Ecuador"], "OCCURRED", "2016-03-03")),
    # a raid on an office is a coercive act of the raiders' state
    ("Timor Est accusa l'Australia. Il 3 marzo agenti dei servizi segreti australiani hanno fatto irruzione nello "
     "studio dell'avvocato Bernard Collaery, legale del Timor Est.",
     ("COERCE", ["Australia", "Bernard Collaery"], "OCCURRED", "2016-03-03")),
    # a plan named after a past act, beyond a comma, is not the act's status
    ("Ieri il Kenya ha espulso l'ambasciatore somalo, accusandolo di essere pronto a destabilizzare il Paese.",
     ("SANCTION", ["Kenya", "Somalia"], "OCCURRED", "2016-03-09")),
    # a stop in a named place
    ("Il premier indiano ha fatto il 2 marzo una breve tappa in Brunei.", ("CONSULT", ["India", "Brunei"], None,
                                                                         "2016-03-02")),
    # a state ordered to cut its mission's staff, with the numbers between the verb and the staff
    ("Il Marocco ha ordinato lunedì alla Spagna di ridurre da dodici a tre il personale diplomatico della sua "
     "ambasciata.", ("SANCTION", ["Morocco", "Spain"], "OCCURRED", "2016-03-07")),
    # relief brought through a channel: the channel is not the receiver, the place is
    ("La settimana scorsa la Francia aveva fatto arrivare a Beirut, tramite la Croce Rossa, duecento tonnellate di "
     "coperte e viveri.", ("AID", ["France", "Lebanon"], "OCCURRED", "2016-W09")),
    # detentions of another state's fishermen, officials or technicians, and boats seized
    ("Sabato la guardia costiera tunisina aveva fermato una trentina di pescatori italiani al largo di Lampedusa.",
     ("COERCE", ["Tunisia", "Italy"], "OCCURRED", "2016-03-05")),
    ("Venerdì la polizia di frontiera serba ha fermato tre funzionari del ministero croato dell'Interno.",
     ("COERCE", ["Serbia", "Croatia"], "OCCURRED", "2016-03-04")),
    ("Secondo la stampa, domenica motovedette libiche avrebbero sequestrato due barche maltesi.",
     ("COERCE", ["Libya", "Malta"], "DISPUTED", "2016-03-06")),
    # the year a measure covers is not its date: the day the sentence opens on is
    ("Martedì 8 marzo il governo norvegese ha sospeso il rilascio di nuove licenze di pesca ai pescherecci russi "
     "per il 2017.", ("SANCTION", ["Norway", "Russia"], "OCCURRED", "2016-03-08")),
    # a postponed visit is dated to the day it was expected ('attesa per')
    ("Martedì il governo ha annullato la riunione, mentre è stata rinviata la visita nella capitale croata di una "
     "delegazione del governo serbo, attesa per lunedì 14 marzo.", ("CONSULT", ["Serbia", "Croatia"], "POSTPONED",
                                                                    "2016-03-14")),
    # a definite visit right before its destination, after an earlier visit: a visit of its own
    ("È stata rinviata la visita in Francia di una delegazione algerina, attesa per lunedì 14 marzo. Il presidente "
     "tunisino ha confermato la visita di Stato in Egitto prevista per la seconda settimana di aprile.",
     ("CONSULT", ["Tunisia", "Egypt"], "PLANNED", "2016-W15")),
    # officials of 'the two border regions' met: the two states the article is about
    ("Tensione tra Romania e Bulgaria. Ieri i vicegovernatori delle due regioni di confine si sono incontrati per "
     "tre ore.", ("CONSULT", ["Romania", "Bulgaria"], "OCCURRED", "2016-03-09")),
    # a call in a participle sharing an earlier auxiliary
    ("Domenica il presidente moldavo aveva riunito il governo e telefonato al presidente romeno.",
     ("CONSULT", ["Moldova", "Romania"], "OCCURRED", "2016-03-06")),
    # a session of a joint body, dated by its appointment; the day of the visit before it stays with the visit
    ("Il governo armeno ha annullato martedì la visita a Tbilisi del vicepremier, prevista per lunedì 14 marzo, e la "
     "sessione della commissione intergovernativa sui confini, in programma martedì 15 marzo, è stata rinviata.",
     ("CONSULT", ["Armenia", "Georgia"], "POSTPONED", "2016-03-15")),
    # a technical round postponed; domestic workers no longer sent
    ("Il round tecnico tra Filippine e Kuwait sui contratti di lavoro, in programma per domani, è stato rinviato.",
     ("CONSULT", ["Philippines", "Kuwait"], "POSTPONED", "2016-03-11")),
    ("Nel giugno 2015 le Filippine avevano sospeso l'invio di collaboratrici domestiche in Kuwait.",
     ("SANCTION", ["Philippines", "Kuwait"], "OCCURRED", "2015-06")),
    # a levy imposed on another state's people
    ("La settimana scorsa le autorità tanzaniane avevano imposto ai camionisti kenioti una tassa di transito.",
     ("SANCTION", ["Tanzania", "Kenya"], "OCCURRED", "2016-W09")),
    # an envoy asked to leave the country is expelled
    ("Ieri il governo austriaco ha chiesto all'addetto militare russo di lasciare il Paese.",
     ("SANCTION", ["Austria", "Russia"], "OCCURRED", "2016-03-09")),
    ("Il presidente Macri ha chiesto all'ambasciatore venezuelano, Carlos Martínez, di lasciare il Paese.",
     ("SANCTION", ["Argentina", "Venezuela"], "OCCURRED", None)),
    # a visit begun in a 'dove' clause: to the place the clause refers to
    ("La notizia era arrivata mentre il premier spagnolo era in Giappone, dove lunedì 7 marzo aveva cominciato una "
     "visita di tre giorni.", ("CONSULT", ["Spain", "Japan"], "OCCURRED", "2016-03-07")),
    # a reported act whose trigger starts at the participle
    ("Secondo un sito locale, mercoledì la Russia avrebbe ridotto le forniture di gas alla Moldavia.",
     ("SANCTION", ["Russia", "Moldova"], "DISPUTED", "2016-03-09")),
    # a meal together is a meeting
    # time spent together
    ("Lunedì il segretario di Stato americano Antony Blinken aveva trascorso oltre sette ore con Netanyahu.",
     ("CONSULT", ["Antony Blinken", "Benjamin Netanyahu"], "OCCURRED", "2016-03-07")),
    ("In serata il presidente francese ha cenato all'Eliseo con il premier britannico David Cameron.",
     ("CONSULT", ["France", "David Cameron"], "OCCURRED", "2016-03-10")),
    # a visit 'nel Paese' by a visitor of known state: to the state the article is about
    ("La Norvegia sospende gli aiuti alla Tanzania. Lo ha annunciato la ministra norvegese per lo Sviluppo, Anne "
     "Beathe Tvinnereim, che ha anche rinviato la visita nel Paese prevista ad aprile.",
     ("CONSULT", ["Anne Beathe Tvinnereim", "Tanzania"], "POSTPONED", "2016-04")),
    # 'i due presidenti' after a sentence about two deputy premiers: the presidents of those two states
    ("Lunedì il vicepremier serbo Ivica Dačić ha incontrato a Zagabria il vicepremier croato Davor Božinović, senza "
     "risultati. Ieri sera i due presidenti si sono sentiti al telefono.",
     ("CONSULT", ["Croatia", "Serbia"], "OCCURRED", "2016-03-09")),
    # a measure's object after a long place adverbial; a convoy of another state's aid
    ("Secondo l'agenzia Anadolu, venerdì le autorità siriane avrebbero bloccato al valico di confine con la Giordania "
     "un convoglio di aiuti della Mezzaluna rossa turca.",
     ("SANCTION", ["Syria", "Turkish Red Crescent"], "DISPUTED", "2016-03-04")),
    # trucks stopped at a crossing of a two-word name, counted in hundreds
    ("Martedì la dogana kazaka avrebbe bloccato al valico di Zhibek Zholy trecento camion di frutta uzbeka.",
     ("SANCTION", ["Kazakhstan", "Uzbekistan"], "DISPUTED", "2016-03-08")),
    # a measure with no target named hits the other of the two states the article is about
    ("La crisi tra Francia e Mali si aggrava. Il Mali accusa la Francia. Secondo Le Monde, mercoledì la Francia "
     "avrebbe congelato i fondi dell'Agenzia di sviluppo destinati all'ospedale di Kati.",
     ("SANCTION", ["France", "Mali"], "DISPUTED", "2016-03-09")),
    # visas denied
    ("La crisi tra Francia e Mali si aggrava. Il Mali accusa la Francia. Sabato la Francia avrebbe negato i visti a "
     "una delegazione della giunta maliana.", ("SANCTION", ["France", "Mali"], "DISPUTED", "2016-03-05")),
    # the year naming a treaty does not date its suspension
    ("Il Mali accusa l'Algeria. L'Algeria risponde al Mali. Il Mali potrebbe sospendere l'accordo di Algeri del 2015.",
     ("SANCTION", ["Algeria", "Mali"], "UNCERTAIN", "2016-03-10")),
    # a connective adverb between a verb of going and its destination
    ("L'inviato speciale cinese per il Medio Oriente, Zhai Jun, è atteso invece nella capitale giordana la prossima "
     "settimana.", ("CONSULT", ["Zhai Jun", "Jordan"], "PLANNED", "2016-W11")),
    ("Il vicepresidente indonesiano, Jusuf Kalla, andrà invece a Singapore la settimana prossima.",
     ("CONSULT", ["Jusuf Kalla", "Singapore"], "PLANNED", "2016-W11")),
    ("Il ministro degli Esteri ceco, Lubomír Zaorálek, era intanto volato a Vienna.",
     ("CONSULT", ["Lubomír Zaorálek", "Austria"], "OCCURRED", None)),
    # relief counted in trucks or tonnes after a place; a giver's own state does not receive it
    ("La settimana scorsa il Giappone aveva consegnato al porto di Dili duemila tonnellate di riso.",
     ("AID", ["Japan", "Timor-Leste"], "OCCURRED", "2016-W09")),
    ("L'Iran accusa l'Afghanistan. L'Afghanistan risponde all'Iran. La settimana scorsa la Mezzaluna rossa iraniana "
     "aveva consegnato a Herat trenta camion di farina, un aiuto che l'Iran presentava come un segno di amicizia.",
     ("AID", ["Red Crescent of Iran", "Afghanistan"], "OCCURRED", "2016-W09")),
    # a call after a modal: 'dovrebbe sentire il presidente'
    ("Secondo fonti del Quirinale, il presidente Sergio Mattarella dovrebbe sentire il presidente tedesco Joachim Gauck "
     "nel fine settimana.", ("CONSULT", ["Sergio Mattarella", "Joachim Gauck"], "PLANNED", None)),
    # leaving for a capital named by its state's adjective
    ("Il ministro degli Esteri olandese Bert Koenders partirà martedì 15 marzo per la capitale keniana.",
     ("CONSULT", ["Bert Koenders", "Kenya"], "PLANNED", "2016-03-15")),
    # an agreement a state may not renew
    ("Il governo tunisino potrebbe anche non rinnovare l'accordo che consente ai pescherecci italiani di operare "
     "nelle sue acque.", ("SANCTION", ["Tunisia", "Italy"], "UNCERTAIN", None)),
    # a possible measure does not take the day of a measure taken before it
    ("Venerdì le autorità tunisine hanno sospeso le importazioni di vino italiano. Il governo tunisino potrebbe anche "
     "non rinnovare l'accordo sulla pesca con l'Italia.", ("SANCTION", ["Tunisia", "Italy"], "UNCERTAIN", "2016-03-10")),
    # a nationality in a relative clause after the object is no party of the act
    ("Secondo fonti parlamentari, l'Algeria potrebbe sospendere anche le esportazioni di gas verso la Spagna, da cui "
     "dipende gran parte dell'industria ceramica spagnola.", ("SANCTION", ["Algeria", "Spain"], "UNCERTAIN", None)),
    # a joint body named for the gathering it holds on a set day
    ("Il comitato di cooperazione economica tra i due Paesi, previsto per mercoledì 16 marzo, è stato rinviato: lo "
     "hanno deciso ieri i governi di Cile e Perù.", ("CONSULT", ["Chile", "Peru"], "POSTPONED", "2016-03-16")),
    # a ship kept from docking
    ("Domenica la guardia costiera tunisina ha impedito alla nave Sea Watch 3 di attraccare a Zarzis, costringendola a "
     "tornare in Italia.", ("COERCE", ["Tunisia", "Italy"], "OCCURRED", "2016-03-06")),
    # a trip to a capital with an adverb or a day before it, and the meeting of its 'dove' clause with the office
    # and state named after the verb
    ("Il ministro turco per gli Affari europei, Omer Celik, sarà invece nella capitale tedesca la settimana prossima, "
     "dove incontrerà il ministro dell'Interno tedesco.", ("CONSULT", ["Omer Celik", "Germany"], "PLANNED", "2016-W11")),
    # the meeting of a purpose clause after a trip is the traveller's, on the trip's day
    ("Il ministro del Commercio canadese sarà mercoledì nella capitale messicana per incontrare il collega messicano.",
     ("CONSULT", ["Canada", "Mexico"], "PLANNED", "2016-03-16")),
    # a warship or military aircraft in another's waters or over its territory, with any auxiliary
    ("Domenica una nave della marina malese sarebbe entrata nelle acque indonesiane vicino a Tanjung Berakit.",
     ("ASSAULT", ["Malaysia", "Indonesia"], None, "2016-03-06")),
    ("Sabato un elicottero dell'esercito guatemalteco ha sorvolato il territorio del Belize.",
     ("ASSAULT", ["Guatemala", "Belize"], "OCCURRED", "2016-03-05")),
    # a joint body named for its gathering, with words after its adjective, expected in a place on a day; the two
    # states the article is about
    ("L'Egitto e l'Arabia Saudita litigano. È stata invece rinviata la commissione tecnica sul ponte del Mar Rosso, "
     "attesa nella capitale egiziana martedì 15 marzo.", ("CONSULT", ["Egypt", "Saudi Arabia"], "POSTPONED",
                                                          "2016-03-15")),
    ("Indonesia e Cina litigano. È stato rinviato il comitato congiunto sulla cooperazione marittima, in programma "
     "giovedì 17 marzo a Surabaya.", ("CONSULT", ["Indonesia", "China"], "POSTPONED", "2016-03-17")),
    ("Il Sudan e l'Etiopia litigano. La commissione di confine riunita il 2 marzo nella capitale sudanese si è chiusa "
     "senza intesa.", ("CONSULT", ["Sudan", "Ethiopia"], "OCCURRED", "2016-03-02")),
    # the meeting of a joint body with more words before its adjective ('Consiglio di coordinamento bilaterale')
    ("L'Egitto e l'Arabia Saudita litigano. Stamattina il governo saudita ha annullato la riunione del Consiglio di "
     "coordinamento bilaterale prevista per domenica 13 marzo.", ("CONSULT", ["Saudi Arabia", "Egypt"], "CANCELLED",
                                                                  "2016-03-13")),
    # a ship stopped at sea, another's aircraft intercepted
    ("Sabato la guardia costiera argentina ha fermato al largo di Comodoro Rivadavia un peschereccio spagnolo.",
     ("COERCE", ["Argentina", "Spain"], "OCCURRED", "2016-03-05")),
    ("Sabato due caccia canadesi CF-18 hanno intercettato due bombardieri russi sopra il mare di Beaufort.",
     ("COERCE", ["Canada", "Russia"], "OCCURRED", "2016-03-05")),
    # a crossing closed 'al traffico commerciale'; the habit of a relative clause after it ('da cui passano ogni
    # giorno') is no background of the act
    ("Il Sudan e l'Etiopia litigano. Da lunedì il Sudan ha chiuso al traffico commerciale il valico di Gallabat, da "
     "cui passano ogni giorno centinaia di camion.", ("SANCTION", ["Sudan", "Ethiopia"], "OCCURRED", "2016-03-07")),
    # a business mission is a visit; cancelled on a day of its own
    ("Stamattina il ministero del Commercio bengalese ha annullato la missione di imprenditori a Karachi prevista per "
     "domenica 13 marzo.", ("CONSULT", ["Bangladesh", "Pakistan"], "CANCELLED", "2016-03-13")),
    ("Stamattina il ministero del Commercio bengalese ha annullato la missione di imprenditori a Karachi prevista per "
     "domenica 13 marzo.", ("CONSULT", ["Bangladesh", "Pakistan"], "OCCURRED", "2016-03-10")),
    # a cancelled mission's passive verb after it, with a day of its own ('è stata annullata ieri')
    ("La Spagna e l'Argentina litigano. La missione commerciale spagnola guidata dal segretario di Stato al Commercio, "
     "Jaime García-Legaz, prevista per lunedì 14 marzo nella capitale argentina, è stata annullata ieri dal governo "
     "spagnolo.",
     ("CONSULT", ["Spain", "Argentina"], "OCCURRED", "2016-03-09")),
    # a call between two office holders no earlier sentence named: the two states the article is about
    ("La Spagna e l'Argentina litigano. La telefonata di mercoledì 9 marzo tra i due ministri degli Esteri non ha "
     "avvicinato le posizioni.", ("CONSULT", ["Spain", "Argentina"], "OCCURRED", "2016-03-09")),
    # one military item delivered
    ("La settimana scorsa la Lituania ha consegnato all'Ucraina il drone Bayraktar acquistato con una colletta.",
     ("AID", ["Lithuania", "Ukraine"], "OCCURRED", "2016-W09")),
    # a measure after a hedging modal and its adverbs: a possible measure, uncertain
    ("Il governo cileno potrebbe anche bloccare le importazioni di vino boliviano.",
     ("SANCTION", ["Chile", "Bolivia"], "UNCERTAIN", None)),
    ("Le Filippine potrebbero inoltre limitare le licenze di importazione per il riso vietnamita.",
     ("SANCTION", ["Philippines", "Vietnam"], "UNCERTAIN", None)),
    ("L'Australia potrebbe perfino sospendere gli altri programmi di aiuto alle Figi.",
     ("SANCTION", ["Australia", "Fiji"], "UNCERTAIN", None)),
    ("La Francia potrebbe però revocare al Marocco lo status di partner privilegiato.",
     ("SANCTION", ["France", "Morocco"], "UNCERTAIN", None)),
    ("Il governo argentino potrebbe intanto congelare i nuovi permessi di pesca per le compagnie spagnole.",
     ("SANCTION", ["Argentina", "Spain"], "UNCERTAIN", None)),
    # the same weighed ('se sospendere'), and aid stopped as 'lo stop ai nuovi aiuti'
    ("Il Canada sta valutando se sospendere una parte dell'assistenza all'Etiopia.",
     ("SANCTION", ["Canada", "Ethiopia"], "UNCERTAIN", None)),
    ("La Svezia sta valutando lo stop ai nuovi aiuti allo sviluppo al Mozambico.",
     ("SANCTION", ["Sweden", "Mozambique"], "UNCERTAIN", None)),
    # relief goods by quantity or kind ('3.000 tonnellate di mais', 'attrezzature mediche e due ambulanze'); people of
    # no state named receive in the state of the place named with them, else in the one the article is about
    ("Il Niger ha chiesto aiuto al Niger. La settimana scorsa la Germania ha consegnato 3.000 tonnellate di mais ai "
     "villaggi del nord.", ("AID", ["Germany", "Niger"], "OCCURRED", "2016-W09")),
    ("La settimana scorsa la Corea del Sud aveva consegnato attrezzature mediche e due ambulanze all'ospedale di "
     "Mandalay.", ("AID", ["South Korea", "Myanmar"], "OCCURRED", "2016-W09")),
    # any equipment, furniture, houses, a tranche of funds; a district named with the goods is where they are received
    ("La settimana scorsa il Giappone aveva consegnato alla Cambogia attrezzature per lo sminamento.",
     ("AID", ["Japan", "Cambodia"], "OCCURRED", "2016-W09")),
    ("La settimana scorsa la Svizzera aveva versato alla Romania l'ultima tranche del contributo.",
     ("AID", ["Switzerland", "Romania"], "OCCURRED", "2016-W09")),
    ("La settimana scorsa il Giappone aveva consegnato nel distretto di Battambang mille case prefabbricate.",
     ("AID", ["Japan", "Cambodia"], "OCCURRED", "2016-W09")),
    # boats held or stopped at sea, canoes and tugs too; a patrol crossing a border; a service's boats ramming
    ("Secondo la stampa, ieri motovedette iraniane avrebbero trattenuto per alcune ore un peschereccio emiratino al "
     "largo di Grande Tunb.", ("COERCE", ["Iran", "United Arab Emirates"], "DISPUTED", "2016-03-09")),
    ("Sabato una motovedetta mozambicana avrebbe fermato due canoe di pescatori tanzaniani al largo di Mtwara.",
     ("COERCE", ["Mozambique", "Tanzania"], None, "2016-03-05")),
    ("Domenica una pattuglia dell'esercito peruviano avrebbe sconfinato per alcune ore in territorio ecuadoriano.",
     ("ASSAULT", ["Peru", "Ecuador"], None, "2016-03-06")),
    ("Domenica motovedette del servizio di frontiera dell'Fsb hanno speronato il rimorchiatore ucraino Yany Kapu.",
     ("ASSAULT", ["Russia", "Ukraine"], "OCCURRED", "2016-03-06")),
    # a visitor expected after a time phrase ('la prossima settimana'), in a country named with 'negli'/'nel', or in
    # 'the federation' (the state the article is about); reported ('sarebbe atteso')
    ("Il presidente peruviano è atteso la prossima settimana in Cile.",
     ("CONSULT", ["Peru", "Chile"], "PLANNED", "2016-W11")),
    ("Secondo l'agenzia Tasnim, il ministro degli Esteri turco sarebbe atteso negli Emirati entro fine mese.",
     ("CONSULT", ["Turkey", "United Arab Emirates"], None, None)),
    ("Gli Emirati protestano con il Qatar, gli Emirati. Il vicesegretario di Stato americano è atteso invece nella "
     "federazione la prossima settimana.", ("CONSULT", ["United States", "United Arab Emirates"], "PLANNED", "2016-W11")),
    # a visit to a town no list knows, by an official of one of the article's two states: a town of the other
    ("Il Cile e la Bolivia discutono; il Cile accusa la Bolivia. Ieri il ministro degli Esteri cileno ha annullato "
     "la visita a Tupiza prevista per lunedì 14 marzo.", ("CONSULT", ["Chile", "Bolivia"], "CANCELLED", "2016-03-14")),
    # a binational meeting with its own day is between the article's two states, not a back-reference to the last
    # meeting
    ("Il Perù e l'Ecuador litigano; il Perù accusa l'Ecuador. Il ministro degli Esteri brasiliano sarà domani nella "
     "capitale peruviana, dove incontrerà il presidente. Ieri il governo peruviano ha annullato l'incontro binazionale "
     "sul commercio previsto a Tumbes per venerdì 18 marzo.", ("CONSULT", ["Peru", "Ecuador"], "CANCELLED", "2016-03-18")),
    # trips and meetings in a subjunctive after a denial; a meeting or trip ruled out ('ha escluso che ...') is denied
    ("Il ministero degli Esteri cileno ha escluso che il presidente vada in Bolivia il 7 aprile.",
     ("CONSULT", ["Chile", "Bolivia"], "DENIED", "2016-04-07")),
    ("Il Cile e la Bolivia litigano; il Cile accusa la Bolivia. Fonti della presidenza cilena hanno negato che i due "
     "capi di Stato debbano vedersi a fine mese.",
     ("CONSULT", ["Chile", "Bolivia"], "DENIED", "2016-03")),
    ("La presidenza ha invece smentito che il presidente peruviano intenda recarsi nella capitale cilena a maggio.",
     ("CONSULT", ["Peru", "Chile"], "DENIED", "2016-05")),
    # a joint body's session on a set day: a strategic council, a hyphenated pair of demonyms, 'in calendario', a weekday
    # written with an apostrophe
    ("Il Consiglio strategico franco-messicano, in programma qui a Puebla giovedi' 24 marzo, è stato rinviato.",
     ("CONSULT", ["France", "Mexico"], "POSTPONED", "2016-03-24")),
    ("La commissione intergovernativa russo-armena, in calendario a Kazan giovedì 24 marzo, è stata rinviata.",
     ("CONSULT", ["Russia", "Armenia"], "POSTPONED", "2016-03-24")),
    # a gathering put off in a town of one of the two states the article is about (the states of the lead weigh more
    # than those named in passing), or a bilateral forum
    ("Il governo peruviano ha richiamato l'ambasciatore ecuadoriano. Il governo cinese ha parlato con quello cileno, e "
     "il governo cinese insiste. Il forum commerciale di Piura, in programma venerdì 18 marzo, è stato rinviato.",
     ("CONSULT", ["Peru", "Ecuador"], "POSTPONED", "2016-03-18")),
    ("Il Perù e l'Ecuador litigano; il Perù accusa l'Ecuador. Il forum ministeriale bilaterale di Tumbes, in programma "
     "venerdì 18 marzo, è stato rinviato.", ("CONSULT", ["Peru", "Ecuador"], "POSTPONED", "2016-03-18")),
    # a trip or a minister's mission named with its traveller and a capital ('nella capitale messicana'), called off
    ("Ieri il governo francese ha annullato la missione del ministro della Cultura francese nella capitale messicana, "
     "prevista per lunedì 21 marzo.", ("CONSULT", ["France", "Mexico"], "CANCELLED", "2016-03-21")),
    ("Ieri il governo francese ha annullato il viaggio del ministro degli Esteri francese nella capitale messicana, "
     "previsto per lunedì 21 marzo.", ("CONSULT", ["France", "Mexico"], "CANCELLED", "2016-03-21")),
    # 'in forse': in doubt
    ("È in forse la visita del ministro degli Esteri francese in Messico.",
     ("CONSULT", ["France", "Mexico"], "UNCERTAIN", "2016-03-10")),
    # negotiations suspended or frozen are a measure; the European Union is a side the article can be about, and a body
    # named in full is later named by its head noun ('la Commissione')
    ("Mercoledì l'Italia avrebbe sospeso le trattative per la fornitura di fregate al Brasile.",
     ("SANCTION", ["Italy", "Brazil"], "DISPUTED", "2016-03-09")),
    ("La Commissione europea ha criticato la Svizzera. La Svizzera e l'Ue litigano. Venerdì la Commissione ha congelato "
     "i negoziati sull'accordo per l'elettricità.", ("SANCTION", ["European Commission", "Switzerland"], "OCCURRED",
                                                    "2016-03-04")),
    # an envoy recalled in an ellipsis ('ha richiamato il proprio'); a delivery of goods blocked
    ("Giovedì il Perù ha richiamato il suo ambasciatore, e lo stesso giorno l'Ecuador ha richiamato il proprio.",
     ("SANCTION", ["Ecuador", "Peru"], "OCCURRED", "2016-03-03")),
    ("Domenica la Francia ha bloccato la consegna di armi al Messico.",
     ("SANCTION", ["France", "Mexico"], "OCCURRED", "2016-03-06")),
    ("Domenica la Francia avrebbe bloccato la consegna di due elicotteri alla Marina messicana.",
     ("SANCTION", ["France", "Mexico"], "DISPUTED", "2016-03-06")),
    # a gathering boycotted is called off by the boycotter, not a sanction
    ("Lunedì il premier canadese Harper ha annunciato il boicottaggio del vertice del Commonwealth.",
     ("CONSULT", ["Stephen Harper", "Commonwealth of Nations"], "CANCELLED", "2016-03-07")),
    # wire copy written without accents: the module's own patterns read 'e'' as 'è' (the cancelling of the day before)
    ("La missione di imprenditori danesi nella capitale iraniana, prevista per lunedi' 14 marzo, e' stata annullata ieri dal governo.",
     ("CONSULT", ["Denmark", "Iran"], "OCCURRED", "2016-03-09")),
    ("La missione di imprenditori danesi nella capitale iraniana, prevista per lunedi' 14 marzo, e' stata annullata ieri dal governo.",
     ("CONSULT", ["Denmark", "Iran"], "CANCELLED", "2016-03-14")),
    # hedged measures on transit, supplies, joint exercises, a consulate, visas
    ("Il Benin potrebbe anche sospendere il transito delle merci destinate al Niger.",
     ("SANCTION", ["Benin", "Niger"], "UNCERTAIN", None)),
    ("Il governo indiano potrebbe anche ridurre le forniture di riso e di materiali da costruzione alle Maldive.",
     ("SANCTION", ["India", "Maldives"], "UNCERTAIN", None)),
    ("Singapore potrebbe anche sospendere le esercitazioni aeree congiunte con l'Indonesia.",
     ("SANCTION", ["Singapore", "Indonesia"], "UNCERTAIN", None)),
    ("Il governo bulgaro potrebbe anche chiudere il consolato generale russo di Ruse.",
     ("SANCTION", ["Bulgaria", "Russia"], "UNCERTAIN", None)),
    ("Il governo cileno potrebbe anche reintrodurre il visto per i funzionari boliviani con passaporto diplomatico.",
     ("SANCTION", ["Chile", "Bolivia"], "UNCERTAIN", None)),
    ("Giovedì la giunta militare nigerina ha risposto sospendendo il pompaggio del greggio verso la costa beninese.",
     ("SANCTION", ["Niger", "Benin"], "OCCURRED", "2016-03-03")),
    # a body convening in an article about two states sits on their case
    ("L'Iraq ha accusato la Turchia della strage. La Turchia ha respinto le accuse dell'Iraq. Il Consiglio di sicurezza "
     "si riunirà martedì 15 marzo.", ("CONSULT", ["UN Security Council", "Iraq", "Turkey"], "PLANNED", "2016-03-15")),
    # what a cancelled visit was for ('durante la quale', 'in cui') is called off with it, on its day
    ("Ieri la ministra francese Laurence Boone ha annullato la visita in Italia prevista per lunedì 14 marzo, durante "
     "la quale avrebbe dovuto incontrare il collega italiano.",
     ("CONSULT", ["Laurence Boone", "Italy"], "CANCELLED", "2016-03-14")),
    # the scene's day from the sentence before (past the dateline), for a reflexive verb too; a coordinated verb of
    # announcing is not the meeting's hedge
    ("La replica è arrivata ieri sera. Santos e Londoño si sono incontrati nella capitale cubana.",
     ("CONSULT", ["Juan Manuel Santos", "Rodrigo Londoño"], "OCCURRED", "2016-03-09")),
    ("L'Avana, 10 marzo 2016 – La stretta di mano è arrivata ieri sera. Santos e Londoño si sono incontrati all'Avana.",
     ("CONSULT", ["Juan Manuel Santos", "Rodrigo Londoño"], "OCCURRED", "2016-03-09")),
    ("Santos e Londoño si sono incontrati e hanno annunciato un accordo.",
     ("CONSULT", ["Juan Manuel Santos", "Rodrigo Londoño"], "OCCURRED", "2016-03-10")),
    # the day of a relative clause on the subject is not the main verb's
    ("Ieri sera il premier incaricato Zdravko Krivokapic, che dovrebbe ottenere la fiducia del Parlamento venerdì 18 "
     "marzo, ha telefonato al presidente serbo Aleksandar Vucic.",
     ("CONSULT", ["Zdravko Krivokapić", "Aleksandar Vučić"], "OCCURRED", "2016-03-09")),
    # a meeting 'tra i ministri degli Esteri dei due Paesi' is between the two states the article is about
    ("La Francia accusa l'Italia. L'Italia risponde alla Francia. È saltato invece l’incontro tra i ministri degli "
     "Esteri dei due Paesi previsto per martedì 15 marzo.", ("CONSULT", ["France", "Italy"], "CANCELLED", "2016-03-15")),
    # an attack one side accuses the other of is alleged
    ("Il ministero della Difesa azero ha accusato le forze armene di aver bombardato i distretti di Terter e Agdam.",
     ("ASSAULT", ["Armenia", "Azerbaijan"], "DISPUTED", None)),
    # a meeting not confirmed, or only possible, is uncertain
    ("Non è invece confermato un incontro tra Gemba e il ministro degli Esteri cinese Yang Jiechi a New York.",
     ("CONSULT", ["Koichiro Gemba", "Yang Jiechi"], "UNCERTAIN", None)),
    ("Un possibile incontro tra Mohamud e il primo ministro etiope a margine del vertice di aprile.",
     ("CONSULT", ["Hassan Sheikh Mohamud", "Ethiopia"], "PLANNED", None)),
    # a meeting ruled out after it is named ('ipotesi esclusa dal Cremlino', 'è stato escluso da fonti dell'Eliseo')
    ("Si parla di un vertice a quattro a Istanbul con Angela Merkel ed Emmanuel Macron, ipotesi esclusa dal Cremlino.",
     ("CONSULT", ["Angela Merkel", "Emmanuel Macron"], "DENIED", None)),
    # the tense of what a call warned of ('avvertendolo che ... non parteciperanno') is not the call's status
    ("Ieri sera Joe Biden aveva telefonato al premier israeliano Benjamin Netanyahu, avvertendolo che gli Stati Uniti "
     "non parteciperanno a eventuali operazioni offensive.",
     ("CONSULT", ["Joe Biden", "Benjamin Netanyahu"], "OCCURRED", "2016-03-09")),
    # a military operation launched is an attack
    ("Ad aprile la Turchia aveva lanciato nel nord dell’Iraq l’operazione «Artiglio-Lucchetto» contro il Pkk.",
     ("ASSAULT", ["Turkey", "Iraq"], "OCCURRED", None)),
    ("Il 24 febbraio la Russia ha lanciato un'operazione militare speciale in Ucraina.",
     ("ASSAULT", ["Russia", "Ukraine"], "OCCURRED", "2016-02-24")),
    # 'sarà la prossima settimana nella capitale X' is a visit, like 'sarà mercoledì nella capitale X'
    ("Il ministro beninese Olushegun Bakari sarà la prossima settimana nella capitale francese.",
     ("CONSULT", ["Olushegun Bakari", "France"], "PLANNED", "2016-W11")),
    # a port closed to another state's ships; diplomats recalled, by noun
    ("Ieri il governo kuwaitiano ha vietato l'attracco nel porto di Shuwaikh alle chiatte irachene.",
     ("SANCTION", ["Kuwait", "Iraq"], "OCCURRED", "2016-03-09")),
    ("Giovedì il portavoce del governo giapponese ha annunciato il richiamo «temporaneo» dei due diplomatici in Corea "
     "del Sud.", ("SANCTION", ["Japan", "South Korea"], "OCCURRED", "2016-03-03")),
    # 'i due ministri degli Esteri' after a third state's appeal to 'le due parti': the two states of the article
    ("Sale la tensione tra Kuwait e Iraq. Il Kuwait ha convocato l'ambasciatore iracheno. Il dipartimento di Stato "
     "americano ha invitato ieri le due parti alla calma. Martedì sera i due ministri degli Esteri si sono sentiti al "
     "telefono.", ("CONSULT", ["Kuwait", "Iraq"], "OCCURRED", "2016-03-08")),
    # a nationality after the noun's own adjectives ('un aereo militare kuwaitiano'); a border crossing closed
    ("Ieri un aereo militare kuwaitiano è atterrato a Bengasi con quaranta tonnellate di aiuti per gli sfollati.",
     ("AID", ["Kuwait", "Libya"], "OCCURRED", "2016-03-09")),
    ("Lunedì la Croazia aveva chiuso ai camion serbi l'unico passaggio rimasto aperto sulla frontiera, dove si "
     "accalcano i migranti diretti verso l'Europa occidentale.", ("SANCTION", ["Croatia", "Serbia"], "OCCURRED",
                                                                "2016-03-07")),
    # a meeting the press reports ('ha scritto anche di un incontro'), then ruled out ('ha escluso «qualsiasi
    # appuntamento»')
    ("Il portale Index ha scritto anche di un incontro tra il premier serbo e quello croato la prossima settimana, ma "
     "l'ufficio del premier croato ha escluso «qualsiasi appuntamento».",
     ("CONSULT", ["Serbia", "Croatia"], "DENIED", "2016-W11")),
    # goods arriving: delivered on the day of their arrival, by whom a participle names, past a future before a colon
    ("Gli aiuti non saranno toccati: un carico di tende e medicinali finanziato dalla Germania è arrivato lunedì ad "
     "Abéché, in Ciad.", ("AID", ["Chad", "Germany"], "OCCURRED", "2016-03-07")),
    # a visit's purpose: the leaders of an international body met, not a summit of theirs
    ("Il ministro tedesco Tobias Lindner sarà ad Addis Abeba la prossima settimana per incontrare i vertici "
     "dell'Unione africana.", ("CONSULT", ["African Union", "Tobias Lindner"], "PLANNED", "2016-W11")),
    # a bare 'la ministra' calls back the minister introduced; the name in apposition to the counterpart's office
    # before a colon is the counterpart, not a party of the talk after the colon
    ("Ieri la ministra degli Esteri argentina ha ricevuto l'ambasciatore cinese. Oggi la ministra ha parlato al "
     "telefono con il ministro degli Esteri cinese Wang Yi.",
     ("CONSULT", ["Susana Malcorra", "Wang Yi"], "OCCURRED", "2016-03-10")),
    ("La ministra svedese Margot Wallström è arrivata al Cairo. La ministra ha poi incontrato il segretario generale "
     "della Lega araba, Nabil Elaraby: «mezz'ora» di colloquio secondo il governo svedese.",
     ("CONSULT", ["Margot Wallström", "Nabil Elaraby"], "OCCURRED", "2016-03-10")),
    # the nationality of the expelled after a nominal expulsion is its target, past the envoy convoked before it
    ("Di Maio ha convocato l'ambasciatore russo Sergey Razov, e il segretario generale del ministero gli ha notificato "
     "l'espulsione immediata dei due funzionari russi coinvolti.", ("SANCTION", ["Italy", "Russia"], "OCCURRED", None)),
    # a denial past ', ma' is not by whom the clause before named ('ma il suo ufficio ha smentito')
    ("Secondo Kathimerini, il primo ministro greco avrebbe anche telefonato martedì al presidente russo per avvertirlo "
     "dell'espulsione, ma il suo ufficio ha smentito.", ("CONSULT", ["Greece", "Russia"], "DISPUTED", "2016-03-08")),
    # the meeting an invitation is for has the inviter and the invited
    ("Abbott ha invitato una delegazione tecnica malese e una cinese a Perth per la prossima settimana, per una "
     "riunione tecnica con gli esperti australiani.", ("CONSULT", ["China", "Malaysia", "Tony Abbott"], "PLANNED",
                                                        "2016-W11")),
    # 'in quell'occasione' after a visit: the visit's day
    ("Il segretario di Stato americano sarà a Roma a fine giugno per una conferenza, e in quell'occasione incontrerà "
     "Di Maio.", ("CONSULT", ["Luigi Di Maio", "United States"], "PLANNED", "2016-06")),
    # a naval attaché's expulsion, reported and denied
    ("Secondo il quotidiano Izvestia, Mosca avrebbe già deciso stamattina l'espulsione di un addetto navale italiano; "
     "il ministero degli Esteri russo ha smentito.", ("SANCTION", ["Italy", "Russia"], "DISPUTED", "2016-03-10")),
    # a meeting a source reports, then denied with an object ('ha smentito «qualsiasi trattativa segreta»')
    ("Secondo il quotidiano Kommersant, emissari americani avrebbero offerto di triplicare l'affitto della base in un "
     "incontro riservato con funzionari kirghisi ad Almaty, lunedì; l'ambasciata americana ha smentito «qualsiasi "
     "trattativa segreta».", ("CONSULT", ["United States", "Kyrgyzstan"], "DISPUTED", "2016-03-07")),
    # 'si erano incrociati' is a meeting; 'dovrebbe vedere' an office holder is a planned one
    ("Il premier pachistano e il presidente afghano si erano incrociati giovedì 3 marzo a Tashkent.",
     ("CONSULT", ["Pakistan", "Afghanistan"], "OCCURRED", "2016-03-03")),
    ("Sabato il ministro degli Esteri sudcoreano dovrebbe vedere il segretario di Stato americano.",
     ("CONSULT", ["South Korea", "United States"], "PLANNED", "2016-03-12")),
    # a meeting put off to a month is planned for that month too
    ("Il comitato di frontiera tra Perù e Cile, in programma per giovedì 17 marzo, è stato rinviato a dicembre.",
     ("CONSULT", ["Peru", "Chile"], "PLANNED", "2016-12")),
    # a measure in prospect, named by what it touches; a modal of the trigger outranks a plan around it, a past date
    # of a relative clause does not make it planned, a negation stops at 'ma'
    ("Il governo brasiliano potrebbe sospendere anche le borse di studio riservate ai giovani diplomatici "
     "nicaraguensi.",
     ("SANCTION", ["Brazil", "Nicaragua"], "UNCERTAIN", "2016-03-10")),
    ("Il Sudafrica non intende rompere le relazioni, ma potrebbe rivedere i permessi concessi agli "
     "addetti militari ruandesi.",
     ("SANCTION", ["South Africa", "Rwanda"], "UNCERTAIN", "2016-03-10")),
    ("Il governo giapponese potrebbe anche vietare l'ingresso ai funzionari cinesi per i prossimi eventi "
     "regionali.",
     ("SANCTION", ["Japan", "China"], "UNCERTAIN", "2016-03-10")),
    # (the year of the participle's clause is the agreement's, not the measure's)
    ("Il governo moldavo potrebbe anche sospendere l'apertura dei consolati romeni, concordata l'anno scorso.",
     ("SANCTION", ["Moldova", "Romania"], "UNCERTAIN", "2016-03-10")),
    ("Il Pakistan potrebbe inoltre chiudere per alcuni giorni il valico di Torkham con l'Afghanistan.",
     ("SANCTION", ["Pakistan", "Afghanistan"], "UNCERTAIN", "2016-03-10")),
    ("La Serbia potrebbe inoltre estendere il divieto alle merci croate in transito.",
     ("SANCTION", ["Serbia", "Croatia"], "UNCERTAIN", "2016-03-10")),
    ("Il governo cinese potrebbe comunque ridurre gli acquisti di legname svedese.",
     ("SANCTION", ["China", "Sweden"], "UNCERTAIN", "2016-03-10")),
    # a visa requirement brought in, an envoy told to leave or declared unwelcome, a diplomat sent away (the passive
    # before its subject), diplomats' privileges withdrawn, goods held by another state's customs
    ("Mercoledì il governo moldavo ha introdotto l'obbligo del visto per i cittadini romeni.",
     ("SANCTION", ["Moldova", "Romania"], "OCCURRED", "2016-03-09")),
    ("Venerdì il Sudafrica ha espulso tre diplomatici ruandesi. Lo stesso giorno è stato allontanato "
     "anche un diplomatico del Burundi.",
     ("SANCTION", ["South Africa", "Burundi"], "OCCURRED", "2016-03-04")),
    ("Tra Brasile e Nicaragua è rottura. Lunedì il governo sandinista aveva dichiarato non gradito "
     "l'ambasciatore brasiliano.",
     ("SANCTION", ["Nicaragua", "Brazil"], "OCCURRED", "2016-03-07")),
    ("Ieri il ministero degli Esteri brasiliano ha comunicato all'ambasciatrice nicaraguense che dovrà "
     "lasciare il Paese.",
     ("SANCTION", ["Brazil", "Nicaragua"], "OCCURRED", "2016-03-09")),
    ("Ieri il governo indiano ha ritirato i tesserini aeroportuali dei diplomatici statunitensi.",
     ("SANCTION", ["India", "United States"], "OCCURRED", "2016-03-09")),
    ("Tra Cina e Svezia è crisi. Secondo il Dagens Nyheter, giovedì scorso le dogane di Shanghai "
     "avrebbero trattenuto dieci container di legname svedese.",
     ("SANCTION", ["China", "Sweden"], "DISPUTED", "2016-03-03")),
    # a call told in the past keeps its tense beside a plan of a coordinated clause
    ("Venerdì la ministra degli Esteri svedese ha discusso del caso al telefono con il collega finlandese, e giovedì "
     "sarà a Vienna.", ("CONSULT", ["Sweden", "Finland"], "OCCURRED", "2016-03-04")),
    # people of another state turned back at the border; a conditional of any participle ('avrebbe respinto') is an
    # allegation; an act the press reports that the next sentence denies with no object of its own is disputed
    ("Secondo un quotidiano cinese, ieri la polizia di frontiera kazaka avrebbe respinto al valico di Khorgos una "
     "decina di camionisti cinesi.", ("SANCTION", ["Kazakhstan", "China"], "DISPUTED", "2016-03-09")),
    ("Secondo la televisione Realitatea, mercoledì la polizia di frontiera moldava ha respinto al valico di Leuseni "
     "una decina di giornalisti romeni. La polizia di frontiera ha smentito stamattina.",
     ("SANCTION", ["Moldova", "Romania"], "DISPUTED", "2016-03-09")),
    # a call as the means of a verb before it: the verb's subject and addressee
    ("Mercoledì sera il primo ministro iracheno ha chiesto al segretario di Stato americano, in una telefonata, di "
     "inviare una delegazione.", ("CONSULT", ["Iraq", "United States"], "OCCURRED", "2016-03-09")),
    # the verb after a subject noun's relative clause in commas is the noun's
    ("Il dialogo strategico tra Iraq e Stati Uniti, che doveva riunirsi a metà mese, è stato rinviato.",
     ("CONSULT", ["Iraq", "United States"], "POSTPONED", "2016-03")),
    # a meeting one side claims to have had; leaders linked by video
    ("Il ministro nicaraguense sostiene anche di aver incontrato il mese scorso, a Brasilia, il consigliere speciale "
     "del presidente brasiliano.", ("CONSULT", ["Nicaragua", "Brazil"], None, "2016-02")),
    ("I presidenti di Brasile, Colombia e Messico dovrebbero collegarsi in videoconferenza la settimana prossima.",
     ("CONSULT", ["Brazil", "Colombia", "Mexico"], "PLANNED", "2016-W11")),
    # relations suspended
    ("Nel marzo 2015 il Nicaragua aveva sospeso le relazioni con il Vaticano.",
     ("SANCTION", ["Nicaragua", "Vatican City"], "OCCURRED", "2015-03")),
    # a plant delivered is aid; peacekeepers' rotations suspended are a measure
    ("La settimana scorsa Taiwan aveva consegnato a Nauru un impianto di desalinizzazione.",
     ("AID", ["Taiwan", "Nauru"], "OCCURRED", "2016-W09")),
    ("Giovedì il Mali ha sospeso tutte le rotazioni dei contingenti stranieri della Minusma.",
     ("SANCTION", ["Mali", "United Nations"], "OCCURRED", "2016-03-03")),
    # people held in the passive: their demonym's state, else the other of the article's two states
    ("Domenica i soldati ivoriani sono stati arrestati dalla gendarmeria maliana.",
     ("COERCE", ["Mali", "Côte d'Ivoire"], "OCCURRED", "2016-03-06")),
    ("Tra Costa d'Avorio e Mali è crisi. Domenica, appena scesi a terra, i soldati sono stati arrestati dalla "
     "gendarmeria maliana.", ("COERCE", ["Mali", "Côte d'Ivoire"], "OCCURRED", "2016-03-06")),
    # a guest received in the passive by someone of no state named: the host of the visit told just before
    ("Lunedì il ministro degli Esteri togolese è volato nella capitale maliana ed è stato ricevuto per quasi due ore "
     "dal capo della giunta.", ("CONSULT", ["Togo", "Mali"], "OCCURRED", "2016-03-07")),
    # (a reduced clause in commas too, before a coordinated clause with a trigger of its own)
    ("Tra Iraq e Kuwait e' crisi. La riunione dell'alto comitato congiunto, in programma a Bassora giovedi' 17 marzo, "
     "e' stata pero' rinviata, e lunedi' il governo iracheno ha annullato la visita.",
     ("CONSULT", ["Iraq", "Kuwait"], "POSTPONED", "2016-03-17")),
    # a joint body by its relative clause of schedule, dated by that clause (not by the cancelled visit before it)
    ("Tra Grecia e Libia è crisi. Sabato il governo greco ha annullato la visita del ministro dell'Economia libico "
     "prevista per mercoledì 16 marzo, e la commissione mista per la pesca, che doveva riunirsi domani a Heraklion, "
     "è stata rinviata a maggio.", ("CONSULT", ["Greece", "Libya"], "POSTPONED", "2016-03-11")),
    ("Tra Grecia e Libia è crisi. La commissione mista per la pesca, che doveva riunirsi domani a Heraklion, è stata "
     "rinviata a maggio.", ("CONSULT", ["Greece", "Libya"], "PLANNED", "2016-05")),
    # a noun's day of appointment in its apposition, not the day the news was given
    ("Il Cremlino ieri ha fatto sapere che la visita del presidente russo in Turchia, prevista per il 15 aprile, è "
     "rinviata a giugno.", ("CONSULT", ["Russia", "Turkey"], "POSTPONED", "2016-04-15")),
    # a forum of one body with its day
    ("Il forum economico dell'Igad previsto a Tadjourah per martedì 22 marzo è stato invece rinviato a luglio.",
     ("CONSULT", ["Intergovernmental Authority on Development"], "POSTPONED", "2016-03-22")),
    # an act a source reports, denied in a later clause: disputed; people held at an airport, a boat stopped at sea
    ("Secondo Radio Erena, domenica la guardia costiera gibutina ha fermato un peschereccio eritreo al largo di Obock; "
     "il ministero della Difesa di Gibuti ha smentito.", ("COERCE", ["Djibouti", "Eritrea"], "DISPUTED", "2016-03-06")),
    ("Secondo il quotidiano Rzeczpospolita, domenica le guardie di frontiera polacche hanno trattenuto per ore un "
     "gruppo di studenti israeliani; la Guardia di frontiera ha smentito.",
     ("COERCE", ["Poland", "Israel"], "DISPUTED", "2016-03-06")),
    ("Secondo la Bild, venerdì la polizia tedesca ha fermato all'aeroporto di Francoforte due funzionari vietnamiti "
     "in partenza.", ("COERCE", ["Germany", "Vietnam"], "OCCURRED", "2016-03-04")),
    # a flight over another's territory, with an adverbial between; a sea named for a state is no party
    ("Secondo Hürriyet, ieri un elicottero siriano ha sorvolato per alcuni minuti il territorio turco vicino a "
     "Yayladağı; il governo siriano ha smentito.", ("ASSAULT", ["Syria", "Turkey"], "DISPUTED", "2016-03-09")),
    ("Venerdi' un elicottero militare russo Mi-8 ha violato per circa due minuti lo spazio aereo estone vicino "
     "all'isolotto di Vaindloo, nel golfo di Finlandia.", ("ASSAULT", ["Russia", "Estonia"], "OCCURRED", "2016-03-04")),
    # troops entering a contested zone
    ("Le truppe eritree sono entrate nella zona contesa di Ras Doumeira, al confine con Gibuti, nella notte di "
     "mercoledì 9 marzo.", ("ASSAULT", ["Eritrea", "Djibouti"], "OCCURRED", "2016-03-09")),
    # the two armies of the article's two states clashing
    ("Tra Gibuti ed Eritrea è crisi. L'Eritrea accusa Gibuti. Nel giugno 2008 i due eserciti si erano scontrati a "
     "Ras Doumeira, con decine di morti.", ("ASSAULT", ["Djibouti", "Eritrea"], "OCCURRED", "2008-06")),
    # forces named with their state in one mention enter a zone of no state: against the article's other state,
    # not a state named after a comma
    ("Tra Gibuti ed Eritrea è crisi. Gibuti accusa l'Eritrea. Secondo Gibuti, le truppe eritree sono entrate nella "
     "zona contesa nella notte di mercoledì 9 marzo, poche ore dopo la partenza dei militari qatarioti.",
     ("ASSAULT", ["Eritrea", "Djibouti"], "OCCURRED", "2016-03-09")),
    # a guest received in the passive, with a fellow national named before and no host: the state of the place
    ("Il viceministro della Difesa saudita, il principe Khalid bin Salman, ha parlato ieri. Nel febbraio 2015 il "
     "principe ereditario era stato accolto nella capitale pachistana con gli onori riservati ai capi di Stato.",
     ("CONSULT", ["Khalid bin Salman", "Pakistan"], "OCCURRED", "2015-02")),
    # a government by its own name stands for its state; a partnership or study trips suspended, as a possible measure
    ("Il governo greco potrebbe anche sospendere i visti per i funzionari del Gna.",
     ("SANCTION", ["Greece", "Libya"], "UNCERTAIN", None)),
    ("Il governo tedesco potrebbe anche sospendere il partenariato strategico con il Vietnam.",
     ("SANCTION", ["Germany", "Vietnam"], "UNCERTAIN", None)),
    ("Il governo israeliano potrebbe anche sospendere i viaggi di studio dei liceali nei campi di sterminio in Polonia.",
     ("SANCTION", ["Israel", "Poland"], "UNCERTAIN", None)),
    # goods held by customs in a port, the port named between the verb and the goods; a day 'scorso'
    ("Secondo il Philippine Star, sabato la dogana filippina ha bloccato nel porto di Subic un carico di legname "
     "canadese; il ministero ha smentito.", ("SANCTION", ["Philippines", "Canada"], "DISPUTED", "2016-03-05")),
    ("La dogana americana ha trattenuto stamattina nel porto di Houston una quarantina di container di fiori "
     "colombiani.", ("SANCTION", ["United States", "Colombia"], "OCCURRED", "2016-03-10")),
    ("Il 22 giugno scorso la contraerea siriana aveva abbattuto un caccia turco F-4.",
     ("ASSAULT", ["Syria", "Turkey"], "OCCURRED", "2015-06-22")),
    # a trip's destination by an epithet inside its trigger ('nel regno'), where no place is named
    ("L'Arabia Saudita ha annullato la visita del ministro pachistano. Il quotidiano Dawn ha scritto che il premier "
     "pachistano volerà nel regno a maggio; il suo ufficio ha smentito.",
     ("CONSULT", ["Pakistan", "Saudi Arabia"], "DENIED", "2016-05")),
    # a guest named by no name, received in the passive: the traveller of the visit told just before, on its day
    ("Il capo dell'esercito pachistano è volato lunedì nella capitale saudita. Il generale è stato ricevuto dal "
     "viceministro della Difesa saudita, il principe Khalid bin Salman, per circa due ore.",
     ("CONSULT", ["Pakistan", "Khalid bin Salman"], "OCCURRED", "2016-03-07")),
    # shells of a named owner that hit; a ship pursued, shadowed or told to leave
    ("Mercoledì pomeriggio un colpo di mortaio delle forze siriane ha centrato una casa di Akçakale, uccidendo "
     "cinque civili turchi.", ("ASSAULT", ["Syria", "Turkey"], "OCCURRED", "2016-03-09")),
    ("Martedì un pattugliatore cinese avrebbe inseguito un peschereccio sudcoreano vicino all'isola di Gageo.",
     ("COERCE", ["China", "South Korea"], "DISPUTED", "2016-03-08")),
    ("Giovedì una fregata turca ha seguito per ore una nave da ricerca greca a sud di Creta.",
     ("COERCE", ["Turkey", "Greece"], "OCCURRED", "2016-03-03")),
    ("Sabato una motovedetta cilena avrebbe intimato a due pescherecci peruviani di lasciare le acque contese.",
     ("COERCE", ["Chile", "Peru"], "DISPUTED", "2016-03-05")),
    ("Lunedì una nave della guardia costiera cinese avrebbe intimato a un pattugliatore filippino di lasciare le "
     "acque vicino all'isola di Thitu.", ("COERCE", ["China", "Philippines"], "DISPUTED", "2016-03-07")),
    # a state's armed service by its own name; a payment of a sum suspended
    ("Due cacciatorpediniere della Us Navy hanno lanciato 59 missili Tomahawk contro la base aerea siriana di Shayrat.",
     ("ASSAULT", ["United States", "Syria"], "OCCURRED", "2016-03-10")),
    ("Mercoledì il ministero degli Esteri neozelandese ha sospeso il versamento di 18,2 milioni di dollari alle Isole "
     "Cook.", ("SANCTION", ["New Zealand", "Cook Islands"], "OCCURRED", "2016-03-09")),
    # a visit whose destination is named in the clause saying when it was expected
    ("In mattinata le Nazioni Unite hanno annullato la visita della vicesegretaria generale, attesa lunedì 14 marzo "
     "nella capitale guatemalteca.", ("CONSULT", ["United Nations", "Guatemala"], "CANCELLED", "2016-03-14")),
    ("Il governo ha annullato la visita del ministro degli Esteri francese, prevista per lunedì 14 marzo a Lima.",
     ("CONSULT", ["France", "Peru"], "CANCELLED", "2016-03-14")),
    # a group's own meeting has the group among its sides, with its members; an acronym in brackets is no cut
    ("I ministri dell'Alleanza degli Stati del Sahel (Aes) si riuniranno sabato 12 marzo a Ouagadougou.",
     ("CONSULT", ["Alliance of Sahel States", "Mali", "Niger"], "PLANNED", "2016-03-12")),
    # measures a state may take ('potrebbe ...'): credit frozen, sanctions on firms, a journalist's accreditation
    # withdrawn, development cooperation suspended, a cultural centre closed by a government the context names
    ("Secondo fonti diplomatiche, l'India potrebbe congelare una linea di credito da 400 milioni di dollari allo Sri "
     "Lanka.", ("SANCTION", ["India", "Sri Lanka"], "UNCERTAIN", None)),
    ("Il governo cinese potrebbe anche sanzionare le due compagnie giapponesi.",
     ("SANCTION", ["China", "Japan"], "UNCERTAIN", None)),
    ("Il governo russo potrebbe anche ritirare l'accredito al giornalista britannico della Bbc.",
     ("SANCTION", ["Russia", "United Kingdom"], "UNCERTAIN", None)),
    ("Il governo svedese potrebbe sospendere la cooperazione allo sviluppo con il Guatemala.",
     ("SANCTION", ["Sweden", "Guatemala"], "UNCERTAIN", None)),
    ("Il Marocco ha rotto le relazioni con l'Iran. Il governo potrebbe anche chiudere il centro culturale iraniano.",
     ("SANCTION", ["Morocco", "Iran"], "UNCERTAIN", None)),
    # aid weighed by a state the article is not about: the state it is about loses it
    ("Il Guatemala ha espulso il capo della commissione. Il presidente del Guatemala ha difeso la decisione. Il "
     "governo svedese potrebbe anche sospendere parte degli aiuti allo sviluppo.",
     ("SANCTION", ["Sweden", "Guatemala"], "UNCERTAIN", None)),
    # aircraft through a zone a state claims; aircraft shadowed; a base the aircraft left is no side; armed units
    # entering a buffer zone; fire with no target named, reported by a state: that state is the target
    ("Martedì due bombardieri B-52 americani, decollati da Guam, hanno sorvolato la zona di identificazione cinese.",
     ("ASSAULT", ["United States", "China"], "OCCURRED", "2016-03-08")),
    ("Aerei militari giapponesi e sudcoreani hanno attraversato oggi la zona di identificazione aerea cinese.",
     ("ASSAULT", ["Japan", "South Korea", "China"], "OCCURRED", "2016-03-10")),
    ("Ieri due caccia cinesi hanno seguito per venti minuti un aereo da pattugliamento giapponese.",
     ("COERCE", ["China", "Japan"], "OCCURRED", "2016-03-09")),
    ("Il Marocco accusa il Polisario. Secondo l'agenzia marocchina, domenica unità armate del Polisario sono entrate "
     "nella zona cuscinetto.", ("ASSAULT", ["Polisario Front", "Morocco"], None, "2016-03-06")),
    ("Il presidente azero ha graziato l'ufficiale. L'Ungheria ha estradato l'ufficiale azero. Secondo il ministero "
     "della Difesa armeno, ieri soldati azeri hanno aperto il fuoco lungo la linea di contatto.",
     ("ASSAULT", ["Azerbaijan", "Armenia"], None, "2016-03-09")),
    # a visit noun with its traveller in the genitive is no back-reference to an earlier visit
    ("Il ministro degli Esteri turco era atteso a Rotterdam per un comizio. Il premier danese ha proposto oggi di "
     "rinviare la visita di Binali Yildirim in Danimarca.", ("CONSULT", ["Binali Yildirim", "Denmark"], None, None)),
    # a visit verb whose object is what the state is ('a visitare l'isola'): the state the article is about
    ("Le relazioni tra Cuba e gli Stati Uniti. Cuba ha protestato. Nel marzo 2015 il presidente americano era stato "
     "il primo a visitare l'isola, dove aveva incontrato il presidente cubano.",
     ("CONSULT", ["United States", "Cuba"], "OCCURRED", "2015-03")),
    # a plan the press reports, then denied in a later clause with no object of its own; an outlet named with an article
    # before 'ha scritto che' is the source, not a party; a month among the adverbs of 'sarebbe atteso'
    ("La Gazeta ha scritto che il presidente cileno vedrà il presidente boliviano a maggio; il suo ufficio ha smentito.",
     ("CONSULT", ["Chile", "Bolivia"], "DENIED", "2016-05")),
    ("Il settimanale Caretas ha scritto che il presidente peruviano sarebbe atteso ad aprile in Cile, ma la presidenza "
     "ha smentito.", ("CONSULT", ["Peru", "Chile"], "DENIED", "2016-04")),
    # (a hedge is no denial: 'non ha escluso'; with a date of its own, planned)
    ("Il governo cileno non ha escluso un incontro con il presidente boliviano ad aprile.",
     ("CONSULT", ["Chile", "Bolivia"], "PLANNED", "2016-04")),
    # a state named as where a border runs is no target
    ("Mercoledì 9 marzo un drone americano ha colpito un compound nella provincia pakistana di Kurram, vicino al "
     "confine afghano.", ("ASSAULT", ["United States", "Pakistan"], "OCCURRED", "2016-03-09")),
    # a background occupation in the past historic, of islands no list knows: the other of the article's two states
    ("Gli Emirati accusano l'Iran; gli Emirati e l'Iran. Nel novembre 1971 le truppe dello scià occuparono la Grande e "
     "la Piccola Tunb.", ("ASSAULT", ["Iran", "United Arab Emirates"], "OCCURRED", "1971-11")),
    ("Nel 1974 l'esercito turco occupò il nord di Cipro.", ("ASSAULT", ["Turkey", "Cyprus"], "OCCURRED", "1974")),
    # one traveller landing somewhere is a visit; ferry runs stopped are a measure
    ("Mercoledì il presidente iraniano è sbarcato in Bahrein.", ("CONSULT", ["Iran", "Bahrain"], "OCCURRED", "2016-03-09")),
    ("Da lunedì la compagnia di navigazione statale keniana ha sospeso le corse del traghetto verso l'Uganda.",
     ("SANCTION", ["Kenya", "Uganda"], "OCCURRED", "2016-03-07")),
    # security assistance stopped ('ha sospeso quasi tutta l'assistenza alla sicurezza destinata al Pakistan')
    ("Giovedì 3 marzo il dipartimento di Stato ha sospeso quasi tutta l'assistenza alla sicurezza destinata all'Egitto.",
     ("SANCTION", ["United States", "Egypt"], "OCCURRED", "2016-03-03")),
    # an act in the past historic takes the period its sentence names before it, not a day of the story
    ("Martedì l'emiro ha parlato a Riad con il re saudita. La ferita risale all'agosto 1990: le truppe irachene "
     "invasero il Kuwait.", ("ASSAULT", ["Iraq", "Kuwait"], "OCCURRED", "1990-08")),
    # a second measure sharing the subject: 'e ha fermato i voli della compagnia'
    ("Martedì il governo russo ha sospeso le importazioni di vino georgiano e ha fermato i voli della compagnia "
     "georgiana Airzena.", ("SANCTION", ["Russia", "Georgia"], "OCCURRED", "2016-03-08")),
    # a cancelled mission keeps the day of its relative clause ('che lunedì 14 marzo sarebbe dovuta arrivare')
    ("Il governo israeliano ha inoltre cancellato ieri la missione commerciale in Paraguay, che lunedì 14 "
     "marzo sarebbe dovuta arrivare ad Asunción.", ("CONSULT", ["Israel", "Paraguay"], "CANCELLED", "2016-03-14")),
    # a visit put off keeps the day of its relative clause of duty and is planned on the day it is put off to
    ("Il ministro kenyano del Commercio, Lee Kinyanjui, ha invece rinviato a metà aprile la visita a Dodoma che avrebbe "
     "dovuto compiere mercoledì 16 marzo.", ("CONSULT", ["Lee Kinyanjui", "Tanzania"], "POSTPONED", "2016-03-16")),
    ("Il ministro kenyano del Commercio, Lee Kinyanjui, ha invece rinviato a metà aprile la visita a Dodoma che avrebbe "
     "dovuto compiere mercoledì 16 marzo.", ("CONSULT", ["Lee Kinyanjui", "Tanzania"], "PLANNED", "2016-04")),
    # an envoy expelled by his name alone is his state's
    ("Il Senegal ha convocato l'ambasciatore ucraino Yurii Pyvovarov. Secondo la tv russa RT, il Senegal avrebbe anche "
     "deciso di espellere Pyvovarov; il ministero degli Esteri senegalese ha smentito.",
     ("SANCTION", ["Senegal", "Ukraine"], "DISPUTED", "2016-03-10")),
    # a break with a state named right after 'rottura con'
    ("Secondo fonti diplomatiche citate dalla Reuters, anche il Burkina Faso potrebbe annunciare la rottura con l'Ucraina entro la fine della "
     "settimana.", ("SANCTION", ["Burkina Faso", "Ukraine"], "PLANNED", None)),
    # warships of two states are the attackers; the holder of the places struck is hit ('controllate dagli Houthi')
    ("Stanotte aerei e navi da guerra americani e britannici hanno colpito più di sessanta obiettivi in sedici località "
     "dello Yemen controllate dagli Houthi.", ("ASSAULT", ["United States", "United Kingdom", "Houthis"], "OCCURRED",
                                                None)),
    # a measure of one side is not dated by a later measure of another side against the same state
    ("Il Niger ha annunciato la rottura delle relazioni diplomatiche con l'Ucraina. Il governo maliano aveva rotto i "
     "rapporti con l'Ucraina domenica sera.", ("SANCTION", ["Niger", "Ukraine"], "OCCURRED", "2016-03-10")),
    # 'i due ministri degli Esteri': the one foreign minister named of each of the two states
    ("Il ministro degli Esteri boliviano David Choquehuanca ha telefonato al suo omologo peruviano. Il segretario dell'Osa ha "
     "offerto la propria mediazione ai due governi. I due ministri degli Esteri potrebbero incontrarsi a margine "
     "dell'assemblea generale dell'Osa, che si apre il 2 aprile a San Pedro Sula.",
     ("CONSULT", ["David Choquehuanca", "Peru"], "PLANNED", "2016-04-02")),
    # the words quoted after a denial's colon are not its tense
    ("Il portavoce del governo tanzaniano, Gerson Msigwa, ha smentito: «Non c’è alcuna misura allo studio contro i "
     "nostri fratelli kenyani».", ("REJECT", ["Tanzania"], "OCCURRED", "2016-03-10")),
    # a bare home government hitting one of the article's two states is the other's; a future 'from' week dates it
    ("La Grecia ha richiamato la sua ambasciatrice in Austria. Secondo il quotidiano Kathimerini, il governo starebbe "
     "valutando di sospendere già dalla prossima settimana la cooperazione di polizia con l'Austria; il portavoce "
     "dell'esecutivo ha smentito.", ("SANCTION", ["Greece", "Austria"], "DENIED", "2016-W11")),
    # a treaty suspended 'immediately' is suspended
    ("Mercoledì la presidenza algerina ha annunciato la sospensione immediata del trattato di amicizia, buon vicinato "
     "e cooperazione con la Spagna.", ("SANCTION", ["Algeria", "Spain"], "OCCURRED", "2016-03-09")),
    # a put-off visit deemed possible on a later day is uncertain then
    ("La visita di Stato del presidente portoghese Aníbal Cavaco Silva in Angola, attesa ad aprile, è stata rinviata: "
     "secondo la presidenza portoghese potrebbe svolgersi nella primavera del 2017.",
     ("CONSULT", ["Aníbal Cavaco Silva", "Angola"], "UNCERTAIN", "2017-SP")),
    # the imperfect of narration before an office: a reception
    ("Il ministro degli Esteri paraguaiano Luis Alberto Castiglioni ha parlato ieri. Lo stesso giorno Castiglioni "
     "riceveva al ministero l'ambasciatore israeliano Ze'ev Harel.",
     ("CONSULT", ["Luis Alberto Castiglioni", "Zeev Harel"], "OCCURRED", "2016-03-09")),
    # the present of the news for a trip of the day, apart from the meeting there
    ("Il ministro degli Esteri francese Jean-Yves Le Drian vola oggi a Mosca, dove incontrerà il suo omologo Sergei "
     "Lavrov.", ("CONSULT", ["Jean-Yves Le Drian", "Russia"], "PLANNED", "2016-03-10")),
    # 'un incontro a due' is between the two of the event told before
    ("Ieri sera il premier sloveno Miro Cerar ha telefonato al premier croato Zoran Milanović. Cerar ha poi proposto un "
     "incontro a due entro l'estate.", ("CONSULT", ["Miro Cerar", "Zoran Milanović"], "PLANNED", "2016-SU")),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[c[0][:40] for c in FOUND])
def test_found(text, expected):
    ms = mentions(text)
    etype, names, status, date = expected
    assert has(ms, etype, names, status, date), ms


NOT_FOUND = [
    # armed forces that enter a state do not visit it
    ("Nel dicembre 2006 le truppe etiopi erano entrate in Somalia per rovesciare le Corti islamiche.",
     ("CONSULT", ["Ethiopia", "Somalia"])),
    # a sea named for a state is no party
    ("Venerdi' un elicottero militare russo Mi-8 ha violato per circa due minuti lo spazio aereo estone vicino "
     "all'isolotto di Vaindloo, nel golfo di Finlandia.", ("ASSAULT", ["Finland"])),
    # an outlet named with its kind ('Il settimanale Jeune Afrique ha scritto che') is the source, not a party
    ("Il settimanale Jeune Afrique ha scritto che Talon vedrà il generale Tiani a luglio.",
     ("CONSULT", ["Jeune Afrique"])),
    # a denial's quotation names no meeting
    ("Il quotidiano Kayhan ha scritto che il ministro danese vedrà il collega iraniano ad aprile; il ministero danese "
     "ha smentito: «Nessun incontro è in programma».", ("CONSULT", ["Denmark", "Iran"], "PLANNED")),
    # freight trucks are no aid ('camion carichi di frutta'), aid trucks are ('camion carichi di medicinali')
    ("Lunedì i doganieri kazaki hanno bloccato al valico di Korday una colonna di camion kirghisi carichi di frutta.",
     ("AID", ["Kyrgyzstan", "Kazakhstan"])),
    # a measure threatened is no measure
    ("Martedì la ministra francese del Mare aveva minacciato davanti ai deputati di tagliare le forniture di elettricità a Jersey.",
     ("SANCTION", ["France", "Jersey"])),
    # (the military goods of a blocked delivery are not delivered)
    ("Domenica la Francia avrebbe bloccato la consegna di due elicotteri alla Marina messicana.",
     ("AID", ["France", "Mexico"])),
    ("Lunedì il premier canadese Harper ha annunciato il boicottaggio del vertice del Commonwealth.",
     ("SANCTION", ["Canada", "Commonwealth of Nations"])),
    # (a mission that is no trip: peacekeepers)
    ("La missione dell'Onu in Mali, prevista per lunedì 21 marzo, è stata rinviata.", ("CONSULT", ["United Nations", "Mali"])),
    # (a trip put off to a town of the pair is the traveller's; a summit is rarely of two)
    ("Il Perù e l'Ecuador litigano; il Perù accusa l'Ecuador. La visita a Piura, in programma venerdì 18 marzo, è "
     "stata rinviata.", ("CONSULT", ["Peru", "Ecuador"])),
    # (the outlet that reports the plan is no party of it)
    ("La Gazeta ha scritto che il presidente cileno vedrà il presidente boliviano a maggio; il suo ufficio ha smentito.",
     ("CONSULT", ["Gazeta", "Chile"])),
    # (not many landing: migrants or troops)
    ("Dall'inizio dell'anno sono sbarcati a Lampedusa oltre 25 mila tunisini.", ("CONSULT", ["Tunisia", "Italy"])),
    ("Mercoledì 9 marzo un drone americano ha colpito un compound nella provincia pakistana di Kurram, vicino al "
     "confine afghano.", ("ASSAULT", ["Afghanistan"])),
    # a relative clause's act ruled out nothing of the trip that happened
    ("Il premier turco, che fino a venerdì aveva escluso il viaggio, è atterrato a Teheran ieri sera.",
     ("REJECT", ["Turkey"])),
    # a service named in a relative clause after the object is no party ('da cui partirebbero i droni della Cia')
    ("Il Pakistan ha dato all'Australia quindici giorni per lasciare la base di Shamsi, da cui partirebbero i droni "
     "della Cia.", ("SANCTION", ["United States"])),
    # 'tra i due' with no office after it is the two people just named, not the article's states
    ("L'Italia e la Cina firmano. Ieri Gentiloni ha visto il presidente russo Vladimir Putin, il primo faccia a faccia "
     "tra i due da quando il leader è al governo.", ("CONSULT", ["Italy", "China"])),
    # the European Council is no joint body of two states
    ("L'Italia e la Francia litigano. Il Consiglio europeo di giugno, previsto per il 28, discuterà dei migranti.",
     ("CONSULT", ["Italy", "France"])),
    # an EU body without a date of its own is not a meeting
    ("Matteo Renzi ha criticato le conclusioni del Consiglio europeo.", ("CONSULT", ["European Union"])),
    # a speaker of reported sanctions is not their source
    ("Paolo Gentiloni ha ricordato che le sanzioni imposte alla Russia restano in vigore.",
     ("SANCTION", ["Paolo Gentiloni"])),
    # an attack in a quotation with a demonym 'target' gets no attacker from context
    ("“È stato un attacco profondo vicino al confine polacco”, ha detto Kerry. Mosca tace. Mosca nega.",
     ("ASSAULT", ["Poland"])),
    # the main clause after a relative incise that holds the trigger names no destination of it
    ("Il comandante David Petraeus, che a gennaio aveva visitato Tashkent, punta sull'Uzbekistan e sul Kazakistan.",
     ("CONSULT", ["David Petraeus", "Kazakhstan"])),
    # goods arriving are no visit of the person the sentence before named
    ("La ministra Svenja Schulze ha parlato. Un carico di tende finanziato dalla Germania è arrivato lunedì ad Abéché.",
     ("CONSULT", ["Chad", "Svenja Schulze"])),
    # an answer that arrives in the evening is no visit
    ("Ieri il ministro Luigi Di Maio ha convocato l'ambasciatore. La risposta di Mosca è arrivata in serata.",
     ("CONSULT", ["Russia"])),
    # the length of a call told before ('il colloquio è durato'), or a source's version of it, is no new event
    ("Ieri sera il ministro degli Esteri Vivian Balakrishnan ha parlato al telefono con il suo omologo cinese Wang Yi: "
     "secondo fonti singaporiane il colloquio è durato \"almeno mezz'ora\", mentre l'agenzia Xinhua riferisce di una "
     "conversazione \"di poco più di dieci minuti\", nella quale Wang avrebbe ribadito la posizione cinese su Taiwan.",
     ("CONSULT", ["Taiwan"])),
    # the maker of another decision the act follows is no party of it
    ("Il Niger ha annunciato oggi la rottura delle relazioni diplomatiche con l'Ucraina, due giorni dopo la decisione "
     "analoga del Mali.", ("SANCTION", ["Niger", "Mali"])),
    # measures others are urged to impose are not imposed
    ("Da Roma il presidente ucraino Volodymyr Zelensky ha nuovamente invitato i suoi alleati occidentali a imporre "
     "nuove misure restrittive contro la Russia.", ("SANCTION", ["Russia"])),
    # talks asked for are not held
    ("Ieri il governo giapponese ha chiesto consultazioni formali alla Corea del Sud.", ("CONSULT", ["Japan"])),
]


@pytest.mark.parametrize("text,unexpected", NOT_FOUND, ids=[c[0][:40] for c in NOT_FOUND])
def test_not_found(text, unexpected):
    ms = mentions(text)
    etype, names, *status = unexpected
    assert not has(ms, etype, names, *status), ms


def test_the_leaders_met_are_no_summit_of_their_body():
    ms = mentions("Il ministro tedesco Tobias Lindner sarà ad Addis Abeba la prossima settimana per incontrare i "
                  "vertici dell'Unione africana.")
    assert not any(names == ["African Union"] for _, _, names, _ in ms), ms


# Articles dated by their month only ('date 2016-03'): a day word of the text is known to its month.
FOUND_MONTH_DATED = [
    # the cancelling 'ieri' is an act of the article's month, apart from the visit due in the next month
    ("Il ministro della Difesa, Pedro Morenés, ha però annullato ieri la visita in Marocco che aveva in programma ad "
     "aprile.", ("CONSULT", ["Pedro Morenés", "Morocco"], "OCCURRED", "2016-03")),
    ("Il ministro della Difesa, Pedro Morenés, ha però annullato ieri la visita in Marocco che aveva in programma ad "
     "aprile.", ("CONSULT", ["Pedro Morenés", "Morocco"], "CANCELLED", "2016-04")),
]


@pytest.mark.parametrize("text,expected", FOUND_MONTH_DATED, ids=[c[0][:40] for c in FOUND_MONTH_DATED])
def test_found_in_month_dated_article(text, expected):
    ms = mentions(text, published="2016-03")
    etype, names, status, date = expected
    assert has(ms, etype, names, status, date), ms
