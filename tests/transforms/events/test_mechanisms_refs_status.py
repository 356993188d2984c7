"""Table-driven tests (invented sentences, real taggers via explain) of references and status cues: a one-word
alias of a known person after the text introduced him ('Francesco'), religious titles ('il grande ayatollah'),
Arabic names with a hyphenated article ('Al-Kadhimi') that are no venues, the future of 'essere' ('sarà a'), a wish
('di voler visitare'), a superlative 'più atteso' that is no plan."""
import pytest

import test_recall
from test_recall import has


def mentions(text, published="2021-03-08"):
    return test_recall.mentions(text, published)


FOUND = [
    # the first act of its kind in years is no background ('da anni' after it)
    ("Il ministro degli Esteri canadese François-Philippe Champagne aveva già parlato al telefono venerdì con il "
     "ministro degli Esteri iraniano Mohammad Javad Zarif, il primo contatto a questo livello da anni.",
     ("CONSULT", ["François-Philippe Champagne", "Mohammad Javad Zarif"], "OCCURRED", "2021-03-05")),
    # a meeting moved to a later day: postponed on its day, planned on the new one
    ("La riunione del Consiglio di sicurezza dell'Onu chiesta da Corea del Sud e Ucraina, attesa per domani, è stata "
     "spostata a mercoledì 17 marzo.", ("CONSULT", ["UN Security Council", "South Korea", "Ukraine"], "POSTPONED",
                                        "2021-03-09")),
    ("La riunione del Consiglio di sicurezza dell'Onu chiesta da Corea del Sud e Ucraina, attesa per domani, è stata "
     "spostata a mercoledì 17 marzo.", ("CONSULT", ["UN Security Council", "South Korea", "Ukraine"], "PLANNED",
                                        "2021-03-17")),
    # a state's part in a meeting abroad, called off: with the state of the capital it was to be held in
    ("L'India ha annullato ieri la partecipazione del suo ministro dell'Ambiente alla riunione dei Paesi dell'Asia "
     "meridionale in programma mercoledì 10 marzo nella capitale pachistana.",
     ("CONSULT", ["India", "Pakistan"], "CANCELLED", "2021-03-10")),
    # the negation of words said after the meeting ('e ha assicurato che ... non vuole') is not the meeting's
    ("La ministra degli Esteri indiana Sushma Swaraj ha incontrato stamattina a Wuzhen, in Cina, i colleghi russo e "
     "cinese e ha assicurato che l'India non vuole un'escalation.",
     ("CONSULT", ["Sushma Swaraj", "Russia", "China"], "OCCURRED", "2021-03-08")),
    # a meeting a sentence opens on, of one of the two states the article is about, is with the other; an office
    # ('i direttori delle operazioni militari') is no attack that could take the meeting's day
    ("Tensione tra India e Pakistan. L'India accusa il Pakistan. Il colloquio dei direttori delle operazioni militari "
     "con l'esercito pachistano, previsto per mercoledì, è stato rinviato.",
     ("CONSULT", ["Pakistan", "India"], "POSTPONED", "2021-03-10")),
    # the body's Italian name with 'per'
    ("La riunione dei ministri degli Esteri dell'Organizzazione per la cooperazione islamica si terrà venerdì ad Abu "
     "Dhabi, e Swaraj vi parteciperà come ospite d'onore.",
     ("CONSULT", ["Organisation of Islamic Cooperation", "Sushma Swaraj"], "PLANNED", "2021-03-12")),
    # the conditional of a meeting the press floats, denied
    ("Secondo il sito Al-Monitor, una delegazione iraniana incontrerebbe la prossima settimana in Oman emissari "
     "americani; il ministero degli Esteri iraniano ha smentito.",
     ("CONSULT", ["Iran", "United States"], "DENIED", "2021-W11")),
    # a relative's antecedent called the sentence's subject ('che lo aveva chiamato')
    ("Ieri sera il premier armeno Nikol Pashinyan ha sentito al telefono il segretario di Stato americano Antony "
     "Blinken, che lo aveva chiamato già il 19 febbraio.",
     ("CONSULT", ["Nikol Pashinyan", "Antony Blinken"], "OCCURRED", "2021-02-19")),
    # an object clitic after a passive sentence with a dropped subject: the person the text was about
    ("Il presidente gambiano Adama Barrow ha giurato ieri a Dakar. In serata e' stato ricevuto dal capo dello Stato "
     "senegalese Macky Sall. Il segretario generale dell'Onu lo ha chiamato ieri sera per congratularsi.",
     ("CONSULT", ["António Guterres", "Adama Barrow"], "OCCURRED", "2021-03-07")),
    # 'sarà' with 'la prossima settimana' before the place, and the apostrophe accent of wire copy
    ("L'Alto commissario Lamberto Zannier sara' la prossima settimana a Uzhhorod.",
     ("CONSULT", ["Lamberto Zannier", "Ukraine"], "PLANNED", "2021-W11")),
    # expected somewhere, in a participle clause
    ("Il presidente azero, atteso in Turchia la prossima settimana, non partirà.",
     ("CONSULT", ["Ilham Aliyev", "Turkey"], "PLANNED", None)),
    # a body's ministers or envoys discussing: a session of that body
    ("La crisi sara' invece discussa dai ministri degli Esteri dell'Unione europea a Bruxelles il 18 marzo.",
     ("CONSULT", ["European Union"], "PLANNED", "2021-03-18")),
    ("Lunedì i ministri degli Esteri dell’Unione Europea hanno discusso il caso in videoconferenza.",
     ("CONSULT", ["European Union"], "OCCURRED", "2021-03-01")),
    ("Martedì prossimo i ministri degli Esteri dell'Unasur discuteranno in videoconferenza una dichiarazione.",
     ("CONSULT", ["Union of South American Nations"], "PLANNED", None)),
    # an arrival in a participle clause, with a weekday, in a capital named by its state's adjective
    ("La crisi in Venezuela continua. L'ex ministro brasiliano Celso Amorim, arrivato domenica nella capitale "
     "venezuelana come osservatore, ha parlato.", ("CONSULT", ["Celso Amorim", "Venezuela"], "OCCURRED", "2021-03-07")),
    # the finer of two dates in apposition
    ("Il presidente argentino Javier Milei tornerà a Madrid il mese prossimo, il 21 aprile, per ricevere un premio.",
     ("CONSULT", ["Javier Milei", "Spain"], "PLANNED", "2021-04-21")),
    ("Il presidente argentino Javier Milei tornerà a Madrid la prossima settimana, martedì 16 marzo.",
     ("CONSULT", ["Javier Milei", "Spain"], "PLANNED", "2021-03-16")),
    # an envoy or a delegation sent: the sender's visit, to the place named or to the state the article is about
    ("La Cina ha inviato ieri a Katmandu una delegazione di alto livello.",
     ("CONSULT", ["China", "Nepal"], "OCCURRED", "2021-03-07")),
    ("Il premier del Lesotho è rientrato a Maseru. Gli Stati Uniti hanno minacciato di sospendere gli aiuti, mentre il "
     "Commonwealth invierà la prossima settimana un suo inviato speciale. Il Lesotho ringrazia.",
     ("CONSULT", ["Commonwealth of Nations", "Lesotho"], "PLANNED", None)),
    # an adverb inside a passive reception
    ("Il premier Giuseppe Conte parla. A febbraio Conte era stato comunque ricevuto dal presidente francese Emmanuel "
     "Macron a Parigi.", ("CONSULT", ["Giuseppe Conte", "Emmanuel Macron"], "OCCURRED", "2021-02")),
    # the reportative conditional of a reflexive reciprocal verb
    ("Secondo il Corriere della Sera, il premier Giuseppe Conte e il presidente francese Emmanuel Macron si "
     "sarebbero sentiti al telefono già mercoledì sera.",
     ("CONSULT", ["Giuseppe Conte", "Emmanuel Macron"], "DISPUTED", "2021-03-03")),
    # the past historic of background keeps its own date
    ("Il contenzioso tra Spagna e Regno Unito è antico. Nel settembre 2006 i ministri dei due Paesi si riunirono a "
     "Cordova.", ("CONSULT", ["Spain", "United Kingdom"], "OCCURRED", "2006-09")),
    # the future of arriving, an adverb between
    ("L'inviato speciale cinese per gli affari africani arriverà invece in Sud Sudan venerdì 12 marzo.",
     ("CONSULT", ["China", "South Sudan"], "PLANNED", "2021-03-12")),
    # presence abroad: 'si trovava in'
    ("Il presidente ucraino Volodymyr Zelensky, che mercoledì si trovava in Svezia, ha firmato una lettera d'intenti.",
     ("CONSULT", ["Volodymyr Zelensky", "Sweden"], "OCCURRED", "2021-03-03")),
    # a forum: a gathering of the parties of the talks before it
    ("Il presidente filippino ha incontrato ieri il presidente taiwanese a Manila. È stato cancellato anche il forum "
     "sugli investimenti previsto per mercoledì 24 marzo nella capitale filippina.",
     ("CONSULT", ["Philippines", "Taiwan"], "CANCELLED", "2021-03-24")),
    # a second counterpart after a time adverb or 'separatamente': a call or meeting of its own, on its own day
    ("Giovedì 4 marzo il premier australiano Scott Morrison aveva sentito il presidente americano e, il giorno dopo, "
     "il presidente francese.", ("CONSULT", ["Scott Morrison", "Emmanuel Macron"], "OCCURRED", "2021-03-05")),
    ("Il consigliere Celso Amorim ha incontrato lunedì il capo dello Stato venezuelano e, separatamente, il candidato "
     "dell'opposizione Edmundo González.", ("CONSULT", ["Celso Amorim", "Edmundo González"], "OCCURRED", None)),
    # a working meal
    ("I colloqui erano cominciati giovedì sera con una cena di lavoro tra le delegazioni americana e russa.",
     ("CONSULT", ["United States", "Russia"], "OCCURRED", "2021-03-04")),
    # destinations after an articled preposition ({TO}): 'all'Avana', 'al Cairo', 'alla Casa Bianca'
    ("Il presidente colombiano Juan Manuel Santos, atterrato all'Avana in mattinata, ha incontrato Raúl Castro.",
     ("CONSULT", ["Juan Manuel Santos", "Cuba"], "OCCURRED", None)),
    ("Il ministro degli Esteri italiano Paolo Gentiloni è arrivato ieri al Cairo.",
     ("CONSULT", ["Paolo Gentiloni", "Egypt"], "OCCURRED", "2021-03-07")),
    ("Venerdì 12 marzo il premier australiano Scott Morrison sarà alla Casa Bianca.",
     ("CONSULT", ["Scott Morrison", "United States"], "PLANNED", "2021-03-12")),
    # 'è venuto in' a state: a visit
    ("Lo scorso agosto il consigliere per la sicurezza nazionale indiano sarebbe venuto in segreto in Canada.",
     ("CONSULT", ["India", "Canada"], "DISPUTED", "2020-08")),
    # a meeting put off to a new day: postponed on the first, planned on the new one
    ("Slitta l'incontro tra i ministri degli Esteri di Argentina e Cile, previsto per lunedì 15 marzo: è stato "
     "rinviato di una settimana, a lunedì 22.", ("CONSULT", ["Argentina", "Chile"], "POSTPONED", "2021-03-15")),
    ("Slitta l'incontro tra i ministri degli Esteri di Argentina e Cile, previsto per lunedì 15 marzo: è stato "
     "rinviato di una settimana, a lunedì 22.", ("CONSULT", ["Argentina", "Chile"], "PLANNED", "2021-03-22")),
    # put off to the end of a month, to a month told after a colon, and an expected day kept by the act put off
    ("La visita a Nicosia del ministro degli Esteri italiano, in programma giovedì 11 marzo, è stata invece rinviata "
     "alla fine di aprile.", ("CONSULT", ["Italy", "Cyprus"], "PLANNED", "2021-04")),
    ("Slitta l'incontro tra i ministri degli Esteri di Argentina e Cile, previsto per lunedì 15 marzo: si terrà ad "
     "aprile.", ("CONSULT", ["Argentina", "Chile"], "PLANNED", "2021-04")),
    ("Il ministro degli Esteri thailandese, atteso mercoledì prossimo nella nuova capitale birmana, ha invece rinviato la "
     "sua visita a maggio.", ("CONSULT", ["Thailand", "Myanmar"], "POSTPONED", "2021-03-10")),
    # a cancelling verb before a meeting noun: the noun's parties, not the talk the sentence before told
    ("Il re Abdallah II ha parlato. Ieri sera il premier giapponese Shinzo Abe ha telefonato al re. Il sovrano ha "
     "annullato ieri la visita di Stato in Francia, prevista per mercoledì 10 marzo.",
     ("CONSULT", ["Abdullah II", "France"], "CANCELLED", "2021-03-10")),
    # whom a call's purpose names after its callee is no party
    ("Il re Abdallah II ha parlato. Ieri sera il premier giapponese Shinzo Abe ha telefonato al re per ringraziarlo "
     "dell'aiuto nel caso di Kenji Goto, il giornalista giapponese ucciso dallo Stato islamico.",
     ("CONSULT", ["Shinzo Abe", "Abdullah II"], "OCCURRED", "2021-03-07")),
    # the day put off to told before the expected day
    ("È stata invece rinviata a luglio la riunione dei capi negoziatori di Seul, Tokyo e Washington, in programma "
     "martedì 9 marzo nella capitale giapponese.", ("CONSULT", ["South Korea", "Japan"], "POSTPONED", "2021-03-09")),
    # the day put off to first, then the month it was expected in: postponed in that month, planned in the new one
    ("Il ministro degli Esteri sudcoreano Yun Byung-se ha rinviato a maggio la visita nella capitale cinese prevista "
     "per la fine del mese.", ("CONSULT", ["Yun Byung-se", "China"], "POSTPONED", "2021-03")),
    ("Il ministro degli Esteri sudcoreano Yun Byung-se ha rinviato a maggio la visita nella capitale cinese prevista "
     "per la fine del mese.", ("CONSULT", ["Yun Byung-se", "China"], "PLANNED", "2021-05")),
    ("È stata invece rinviata alla prossima settimana la riunione tra India e Cina sulle questioni di frontiera, "
     "prevista per domani in videoconferenza.", ("CONSULT", ["India", "China"], "POSTPONED", "2021-03-09")),
    ("È stata invece rinviata alla prossima settimana la riunione tra India e Cina sulle questioni di frontiera, "
     "prevista per domani in videoconferenza.", ("CONSULT", ["India", "China"], "PLANNED", "2021-W11")),
    ("Il ministro degli Esteri thailandese, atteso mercoledì prossimo nella nuova capitale birmana, ha invece rinviato la "
     "sua visita a maggio.", ("CONSULT", ["Thailand", "Myanmar"], "PLANNED", "2021-05")),
    # a joint body named by the two states' adjectives, put off to the middle of a month; not the genitive after a meeting
    ("Il consiglio di cooperazione italo-sloveno, previsto per venerdì 12 marzo a Gorizia, è stato invece rinviato a "
     "metà aprile.", ("CONSULT", ["Italy", "Slovenia"], "POSTPONED", "2021-03-12")),
    ("Il consiglio di cooperazione italo-sloveno, previsto per venerdì 12 marzo a Gorizia, è stato invece rinviato a "
     "metà aprile.", ("CONSULT", ["Italy", "Slovenia"], "PLANNED", "2021-04")),
    ("Stamattina il governo francese ha annullato la riunione dell'Alto consiglio paritario franco-comoriano in "
     "programma il 12 marzo.", ("CONSULT", ["France", "Comoros"], "CANCELLED", "2021-03-12")),
    # a future in the clause before a comma does not make a past act planned
    ("Gli isolani non lo vorranno, e il primo ministro britannico David Cameron ha telefonato ieri sera al presidente "
     "cileno.", ("CONSULT", ["David Cameron", "Chile"], "OCCURRED", "2021-03-07")),
    # a future arrival; a tour whose legs are capitals named by their states' adjectives ('in quella cinese'), each on
    # the day that follows it
    ("Il ministro degli Esteri francese Jean-Marc Ayrault arriverà domani in Giappone.",
     ("CONSULT", ["Jean-Marc Ayrault", "Japan"], "PLANNED", "2021-03-09")),
    ("Il segretario di Stato americano Rex Tillerson arriverà in Giappone mercoledì 17 marzo, nella capitale "
     "sudcoreana venerdì 19 e in quella cinese sabato 20.",
     ("CONSULT", ["Rex Tillerson", "Japan"], "PLANNED", "2021-03-17")),
    ("Il segretario di Stato americano Rex Tillerson arriverà in Giappone mercoledì 17 marzo, nella capitale "
     "sudcoreana venerdì 19 e in quella cinese sabato 20.",
     ("CONSULT", ["Rex Tillerson", "South Korea"], "PLANNED", "2021-03-19")),
    ("Il segretario di Stato americano Rex Tillerson arriverà in Giappone mercoledì 17 marzo, nella capitale "
     "sudcoreana venerdì 19 e in quella cinese sabato 20.",
     ("CONSULT", ["Rex Tillerson", "China"], "PLANNED", "2021-03-20")),
    # a meeting called for tonight is planned
    ("Stati Uniti e Giappone hanno chiesto una riunione d’urgenza del Consiglio di sicurezza dell’Onu, convocata per "
     "stasera.", ("CONSULT", ["UN Security Council"], "PLANNED", None)),
    # calls to two counterparts 'prima ... e poi': one call each
    ("Ieri sera il presidente keniano Uhuru Kenyatta ha telefonato prima al presidente ruandese e poi a Museveni.",
     ("CONSULT", ["Uhuru Kenyatta", "Yoweri Museveni"], "OCCURRED", "2021-03-07")),
    # an unnamed envoy of a state stands for the state
    ("Il presidente ugandese Yoweri Museveni aveva ricevuto a Entebbe un inviato ruandese.",
     ("CONSULT", ["Yoweri Museveni", "Rwanda"], "OCCURRED", None)),
    # 'dei due Paesi' far after the trigger: the two states of the act of the sentence before
    ("Il Canada ha espulso un diplomatico indiano. Anche l’incontro tra i consiglieri per la sicurezza nazionale dei "
     "due Paesi, previsto per lunedì 15 marzo, è stato cancellato.",
     ("CONSULT", ["Canada", "India"], "CANCELLED", "2021-03-15")),
    # a video call
    ("Il presidente del Consiglio europeo Charles Michel ha avuto ieri una videochiamata con il premier indiano.",
     ("CONSULT", ["Charles Michel", "Narendra Modi"], "OCCURRED", "2021-03-07")),
    # an arrival 'a sorpresa'
    ("Il presidente ucraino Volodymyr Zelensky è arrivato ieri a sorpresa a Washington.",
     ("CONSULT", ["Volodymyr Zelensky", "United States"], "OCCURRED", "2021-03-07")),
    # a tour: one visit per destination, each on the day named before it
    ("Il ministro degli Esteri indonesiano ha annunciato che partirà domenica per un giro: la prima tappa sarà lunedì "
     "15 marzo nelle Filippine, poi nella stessa settimana Vietnam e Cambogia.",
     ("CONSULT", ["Philippines", "Indonesia"], "PLANNED", "2021-03-15")),
    ("Il ministro degli Esteri indonesiano ha annunciato che partirà domenica per un giro: la prima tappa sarà lunedì "
     "15 marzo nelle Filippine, poi nella stessa settimana Vietnam e Cambogia.",
     ("CONSULT", ["Vietnam", "Indonesia"], "PLANNED", "2021-W11")),
    # 'Secondo la Cnn' with no comma: the source is the name, the subject after it a party
    ("Secondo la Cnn il segretario di Stato americano Antony Blinken avrebbe incontrato in segreto il ministro degli "
     "Esteri iraniano.", ("CONSULT", ["Antony Blinken"], "DISPUTED", None)),
    # a gathering not attended
    ("Il presidente americano Joe Biden non parteciperà al vertice del G20 in Sudafrica.",
     ("CONSULT", ["Joe Biden", "South Africa"], "CANCELLED", None)),
    # a past finite verb is told as done, even when a day misread lies after the reference
    ("Il giorno dopo, Erdogan aveva sentito al telefono Putin.", ("CONSULT", ["Recep Tayyip Erdogan",
                                                                  "Vladimir Putin"], "OCCURRED", None)),
    # taking part in a body's gathering named by its proper name
    ("La segretaria di Stato americana Hillary Clinton ha partecipato ieri al Forum regionale dell'Asean.",
     ("CONSULT", ["Hillary Clinton", "ASEAN Regional Forum"], "OCCURRED", "2021-03-07")),
    # 'le rispettive Croci Rosse': the bodies of the two sides the article is about
    ("La Corea del Nord e la Corea del Sud hanno trovato un accordo. Pyongyang e Seul ritirano le truppe. Le "
     "rispettive Croci Rosse si incontreranno all'inizio di aprile.",
     ("CONSULT", ["North Korea", "South Korea"], "PLANNED", "2021-04")),
    # ... and the talks the two governments promise in the same sentence for another day are another event
    ("La Corea del Nord e la Corea del Sud hanno trovato un accordo. Pyongyang e Seul ritirano le truppe. Le "
     "rispettive Croci Rosse si incontreranno all'inizio di aprile, e i due governi hanno promesso nuovi colloqui "
     "entro la fine dell'anno.", ("CONSULT", ["North Korea", "South Korea"], "PLANNED", "2021")),
    # expected in a capital named by its state's adjective
    ("Mercoledì 10 marzo il presidente turco Recep Tayyip Erdogan è atteso nella capitale iraniana per una visita di "
     "Stato.", ("CONSULT", ["Recep Tayyip Erdogan", "Iran"], "PLANNED", "2021-03-10")),
    # a stopover; seeing or hosting someone with a place between; talks of a coordinated subject
    ("Il premier indiano Narendra Modi ha fatto tappa ieri ad Abu Dhabi.",
     ("CONSULT", ["Narendra Modi", "United Arab Emirates"], "OCCURRED", "2021-03-07")),
    ("L'Alto rappresentante Josep Borrell ha visto ieri a Bruxelles il ministro degli Esteri serbo.",
     ("CONSULT", ["Josep Borrell"], "OCCURRED", "2021-03-07")),
    ("Il presidente egiziano ha ospitato ieri al Cairo il re giordano.",
     ("CONSULT", ["Abdel Fattah al-Sisi", "Abdullah II"], "OCCURRED", "2021-03-07")),
    ("Il presidente russo Vladimir Putin e il leader nordcoreano Kim Jong-un hanno avuto colloqui al cosmodromo di "
     "Vostochny.", ("CONSULT", ["Vladimir Putin", "Kim Jong-un"], "OCCURRED", None)),
    # a body's summit named as a setting: who was there, on the day of the sentence's act there
    ("Tutto è cominciato domenica 28 febbraio, quando il presidente brasiliano Lula, a margine del vertice "
     "dell'Unione africana in Etiopia, ha paragonato la guerra a un genocidio.",
     ("CONSULT", ["African Union", "Luiz Inácio Lula da Silva"], "OCCURRED", "2021-02-28")),
    ("A margine del vertice dell'Unione africana, il presidente brasiliano Lula ha incontrato ieri il premier "
     "palestinese Mohammad Shtayyeh.", ("CONSULT", ["African Union", "Luiz Inácio Lula da Silva"], "OCCURRED",
                                        "2021-03-07")),
    # the leg of a tour
    ("Il ministro degli Esteri indonesiano ha annunciato che partirà domenica per un giro nella regione: la prima "
     "tappa sarà lunedì 15 marzo nelle Filippine.", ("CONSULT", ["Philippines", "Indonesia"], "PLANNED", "2021-03-15")),
    # received with no host named: the state where he was received
    ("Giovedì 4 marzo l'ambasciatore canadese Dominic Barton era stato ricevuto al ministero del Commercio nella "
     "capitale cinese.", ("CONSULT", ["Dominic Barton", "China"], "OCCURRED", "2021-03-04")),
    # a meeting of a joint commission: the two states of its sentence (its venue's too), else of the article
    ("Il Cile ha cancellato la riunione della commissione mista sulla migrazione prevista per il 7 aprile nella "
     "capitale boliviana.", ("CONSULT", ["Chile", "Bolivia"], "CANCELLED", "2021-04-07")),
    ("La Colombia accusa il Perù. Il Perù risponde alla Colombia. È stata rinviata anche la riunione della "
     "commissione binazionale, prevista per la fine di marzo.",
     ("CONSULT", ["Colombia", "Peru"], "POSTPONED", "2021-03")),
    # a call in the simple past ('chiamò al-Sisi'), on a bare day of the month named before
    ("Il 4 febbraio la Farnesina convocò l'ambasciatore egiziano, e il 6 il presidente del Consiglio chiamò al-Sisi.",
     ("CONSULT", ["Italy", "Abdel Fattah al-Sisi"], "OCCURRED", "2021-02-06")),
    # 'proseguirà poi per il Bahrein e gli Emirati': one planned visit per destination
    ("Il segretario di Stato americano Mike Pompeo sarà domani nella capitale sudanese e proseguirà poi per il Bahrein "
     "e gli Emirati.", ("CONSULT", ["Mike Pompeo", "United Arab Emirates"], "PLANNED", "2021-03-09")),
    # 'aveva scelto X per il suo primo viaggio'; 'sarà domani nella capitale sudanese'; relief agencies' planes
    ("A fine febbraio il presidente maldiviano Mohamed Muizzu aveva scelto la Turchia per il suo primo viaggio "
     "all'estero.", ("CONSULT", ["Mohamed Muizzu", "Turkey"], "OCCURRED", "2021-02")),
    ("Il segretario di Stato americano Mike Pompeo sarà domani nella capitale sudanese.",
     ("CONSULT", ["Mike Pompeo", "Sudan"], "PLANNED", "2021-03-09")),
    ("Ieri un aereo del Comitato internazionale della Croce Rossa con dieci tonnellate di materiale chirurgico è "
     "atterrato a Bangui.", ("AID", ["International Committee of the Red Cross", "Central African Republic"],
                           "OCCURRED", "2021-03-07")),
    # aid announced is still to come; aid 'per' a place goes to that place, not to the state the article is about
    ("Biden era in Israele. Biden ha anche annunciato cento milioni di dollari di aiuti umanitari per Gaza e la "
     "Cisgiordania.", ("AID", ["Joe Biden", "Gaza Strip"], "PLANNED", "2021-03-08")),
    ("Il ministro era in Turchia. L'Unione europea ha stanziato ieri aiuti umanitari a favore della Siria.",
     ("AID", ["European Union", "Syria"], "OCCURRED", "2021-03-07")),
    ("A febbraio la Lituania aveva donato a Taiwan ventimila dosi di vaccino anti-Covid.",
     ("AID", ["Lithuania", "Taiwan"], "OCCURRED", "2021-02")),
    ("Il 25 febbraio l'amministratrice di Usaid Samantha Power era stata a Erevan, dove aveva annunciato 11,5 milioni "
     "di dollari di assistenza.", ("AID", ["Samantha Power", "Armenia"], "OCCURRED", "2021-02-25")),
    # a visit that ended: 'era ripartita da Niamey'
    ("Già il 3 marzo una delegazione guidata dall'ex capo di Stato nigeriano Abdulsalami Abubakar era ripartita da "
     "Niamey dopo poche ore.", ("CONSULT", ["Abdulsalami Abubakar", "Niger"], "OCCURRED", "2021-03-03")),
    # 'è poi volato a X, dove ha avuto colloqui con Y': the visit and the visitor's talks there, on the visit's day
    ("Venerdì 5 marzo il segretario alla Difesa americano Leon Panetta è poi volato a Pechino, dove ha avuto colloqui "
     "con il ministro della Difesa Liang Guanglie.",
     ("CONSULT", ["Leon Panetta", "Liang Guanglie"], "OCCURRED", "2021-03-05")),
    # a ceremony held together is a meeting, on the sentence's day (not the year of the past it commemorates)
    ("Domenica 7 marzo Duda e Zelensky avevano commemorato insieme a Lutsk le vittime dei massacri del 1943.",
     ("CONSULT", ["Andrzej Duda", "Volodymyr Zelensky"], "OCCURRED", "2021-03-07")),
    # 'arrivato ieri sera nel Paese': a visit to the state the article is about
    ("Il Libano ha firmato l'accordo. Beirut ha chiesto garanzie. L'inviato americano Amos Hochstein, arrivato ieri "
     "sera nel Paese, ha consegnato le lettere.", ("CONSULT", ["Amos Hochstein", "Lebanon"], "OCCURRED", "2021-03-07")),
    # an object of an earlier clause ('contro la Repubblica islamica') is no party of a call; a date before the
    # objects of a call does not stop their split into one call each
    ("Il ministro degli Esteri britannico Jeremy Hunt non ha escluso nuove misure contro la Repubblica islamica, e ha "
     "riferito di aver sentito nel fine settimana i colleghi francese e tedesco.",
     ("CONSULT", ["Jeremy Hunt", "Germany"], "OCCURRED", "2021-W09")),
    # a seized ship named by a participle, and an attempt to seize one
    ("Teheran chiede il rilascio della superpetroliera iraniana Grace 1, bloccata giovedì 4 marzo dai Royal Marines "
     "al largo di Gibilterra.", ("COERCE", ["Iran", "United Kingdom"], "OCCURRED", "2021-03-04")),
    # a body's summit named as a setting is that body's summit, apart from the meeting held on its margins
    ("Venerdì 5 marzo i presidenti Sadyr Japarov ed Emomali Rahmon si sono incontrati a Samarcanda, a margine del "
     "vertice dell'Organizzazione per la cooperazione di Shanghai.",
     ("CONSULT", ["Shanghai Cooperation Organisation"], "OCCURRED", "2021-03-05")),
    ("Del Sudan si era parlato venerdì, sempre a Gedda, anche al vertice della Lega araba.",
     ("CONSULT", ["Arab League"], "OCCURRED", "2021-03-05")),
    ("La premier ha detto che i due potrebbero vedersi al vertice della Nato di dicembre.",
     ("CONSULT", ["NATO"], "PLANNED", "2021-12")),
    # a cleft 'era stato X a recarsi in Y': a visit (the destination is not the visitor's country)
    ("A fine febbraio era stato il ministro di Stato britannico Andrew Murrison a recarsi in Iran per colloqui.",
     ("CONSULT", ["Andrew Murrison", "Iran"], "OCCURRED", "2021-02")),
    # an object clitic is the person the previous sentence was about; a cleft 'era stato X a chiamare Y'
    ("Adama Barrow ha giurato ieri a Dakar. Il segretario generale dell'Onu António Guterres lo ha chiamato ieri sera.",
     ("CONSULT", ["António Guterres", "Adama Barrow"], "OCCURRED", "2021-03-07")),
    ("Il presidente libanese Michel Aoun ha firmato. Ieri era stato il presidente francese Emmanuel Macron a chiamare "
     "Aoun.", ("CONSULT", ["Emmanuel Macron", "Michel Aoun"], "OCCURRED", "2021-03-07")),
    # a full date between 'è atteso' and the destination; adverbs around 'visto'
    ("Il ministro degli Esteri omanita Yusuf bin Alawi è atteso sabato 13 marzo nella capitale iraniana.",
     ("CONSULT", ["Yusuf bin Alawi", "Iran"], "PLANNED", "2021-03-13")),
    ("L'inviato americano Amos Hochstein ha poi visto anche il premier libanese Najib Mikati.",
     ("CONSULT", ["Amos Hochstein", "Najib Mikati"], "OCCURRED", None)),
    # 'nelle stesse ore': the day of the event just told
    ("Domenica 7 marzo Trump ha annullato la visita in Danimarca. Nelle stesse ore il segretario di Stato americano "
     "Mike Pompeo ha telefonato al ministro degli Esteri danese Jeppe Kofod.",
     ("CONSULT", ["Mike Pompeo", "Jeppe Kofod"], "OCCURRED", "2021-03-07")),
    # a ship seized by a state's forces known by their own name (coercion, counted with military actions)
    ("La petroliera, battente bandiera britannica, era stata fermata venerdì 5 marzo dai Guardiani della rivoluzione.",
     ("COERCE", ["Iran", "United Kingdom"], "OCCURRED", "2021-03-05")),
    # two calls in a row ('X e, subito dopo, Y'): one call each
    ("Mercoledì sera la cancelliera Angela Merkel ha sentito al telefono il premier greco Kyriakos Mitsotakis e, "
     "subito dopo, il presidente turco Recep Tayyip Erdogan.",
     ("CONSULT", ["Angela Merkel", "Recep Tayyip Erdogan"], "OCCURRED", "2021-03-03")),
    # two legs of a trip, the second on its own date; shuttling between two capitals is a visit to each
    ("Giovedì 4 marzo il ministro degli Esteri francese Jean-Yves Le Drian era stato a Kinshasa e il giorno dopo a "
     "Kigali.", ("CONSULT", ["Jean-Yves Le Drian", "Rwanda"], "OCCURRED", "2021-03-05")),
    ("Giovedì 4 marzo il ministro degli Esteri francese Jean-Yves Le Drian era stato a Kinshasa e il giorno dopo a "
     "Kigali.", ("CONSULT", ["Jean-Yves Le Drian", "Democratic Republic of the Congo"], "OCCURRED", "2021-03-04")),
    ("Il premier slovacco Robert Fico, che la settimana scorsa aveva fatto la spola tra Kiev e Mosca, chiede garanzie.",
     ("CONSULT", ["Robert Fico", "Russia"], "OCCURRED", None)),
    # the people of a plural title's list, named again by number, visiting
    ("I presidenti del Benin, Boni Yayi, e della Sierra Leone, Ernest Bai Koroma, hanno visto ieri Laurent Gbagbo. "
     "I due presidenti erano già stati ad Abidjan martedì 2 marzo.",
     ("CONSULT", ["Boni Yayi", "Ernest Bai Koroma", "Côte d'Ivoire"], "OCCURRED", "2021-03-02")),
    # a one-word alias of a gazetteer person refers to him once the text introduced him; a religious title
    ("Papa Francesco è arrivato in Iraq venerdì. Sabato Francesco è stato ricevuto a Najaf dal grande ayatollah "
     "Ali al-Sistani.", ("CONSULT", ["Pope Francis", "Ali al-Sistani"], "OCCURRED", "2021-03-06")),
    # 'Il momento più atteso è stato': a superlative, not a planned event
    ("Il momento più atteso è stato sabato 6 marzo a Najaf, dove il presidente iracheno Barham Salih ha incontrato "
     "il presidente francese Emmanuel Macron.", ("CONSULT", ["Barham Salih", "Emmanuel Macron"], "OCCURRED",
                                                 "2021-03-06")),
    # 'Al-Kadhimi' is a person, not a venue like 'al Colosseo'; 'sarà a' is a planned visit
    ("Il premier iracheno Mustafa al-Kadhimi ha parlato ieri. Al-Kadhimi sarà a Riad entro fine mese.",
     ("CONSULT", ["Mustafa al-Kadhimi", "Saudi Arabia"], "PLANNED", None)),
    ("Il premier iracheno Mustafa al-Kadhimi ha parlato ieri. Poi al-Kadhimi sarà a Doha.",
     ("CONSULT", ["Mustafa al-Kadhimi", "Qatar"], "PLANNED", None)),
    # 'non esclude di': a hedge, not a negation; an untitled name with a given name ending like a gerund
    ("Dopo la destituzione di Fernando Lugo, il presidente non esclude di recarsi a Mendoza.",
     ("CONSULT", ["Fernando Lugo", "Argentina"], "UNCERTAIN", None)),
    # what 'Dopo ... di' presupposes took place, even if the main clause announces something
    ("Dopo tre giorni di trattative, il presidente francese Emmanuel Macron e il cancelliere tedesco Olaf Scholz "
     "hanno annunciato oggi un accordo.", ("CONSULT", ["Emmanuel Macron", "Olaf Scholz"], "OCCURRED", None)),
    # a future in a relative clause about another noun does not make a far trigger planned
    ("Dopo oltre sei ore di colloqui al Cremlino, il presidente russo Vladimir Putin e il presidente turco Recep "
     "Tayyip Erdogan hanno concordato un cessate il fuoco nella provincia siriana di Idlib, che entrera' in vigore "
     "dalla mezzanotte.", ("CONSULT", ["Vladimir Putin", "Recep Tayyip Erdogan"], "OCCURRED", None)),
    # 'avrebbero dovuto rivedersi': not a meeting that took place (hedged; with its own date, planned)
    ("Il presidente azero Ilham Aliyev e il premier armeno Nikol Pashinyan avrebbero dovuto rivedersi a fine mese a "
     "Bruxelles, ma a Baku nessuno conferma.", ("CONSULT", ["Ilham Aliyev", "Nikol Pashinyan"], "PLANNED", None)),
    # a cancelled meeting takes the day it was scheduled for, not the day of the decision
    ("Il presidente azero Ilham Aliyev ha annullato ieri sera la sua partecipazione all'incontro a cinque che avrebbe "
     "dovuto riunire oggi lui, il premier armeno Nikol Pashinyan e il presidente francese Emmanuel Macron.",
     ("CONSULT", ["Ilham Aliyev", "Nikol Pashinyan"], "CANCELLED", "2021-03-08")),
    # a talk opening the sentence after a visit is the visitor's, on the visit's day
    ("Martedì il ministro degli Esteri tedesco Heiko Maas è volato ad Atene. Il colloquio con il collega greco Nikos "
     "Dendias è durato oltre due ore.", ("CONSULT", ["Heiko Maas", "Nikos Dendias"], "OCCURRED", "2021-03-02")),
    # 'entrambi i colleghi': one call with each of the two people named together last
    ("Venerdì il ministro degli Esteri pachistano Jalil Abbas Jilani e il collega iraniano Hossein Amir-Abdollahian "
     "si sono parlati. Lo stesso giorno il ministro degli Esteri turco Hakan Fidan aveva sentito entrambi i colleghi.",
     ("CONSULT", ["Hakan Fidan", "Jalil Abbas Jilani"], "OCCURRED", "2021-03-05")),
    ("Venerdì il ministro degli Esteri pachistano Jalil Abbas Jilani e il collega iraniano Hossein Amir-Abdollahian "
     "si sono parlati. Lo stesso giorno il ministro degli Esteri turco Hakan Fidan aveva sentito entrambi i colleghi.",
     ("CONSULT", ["Hakan Fidan", "Hossein Amir-Abdollahian"], "OCCURRED", "2021-03-05")),
    # a planned cue beyond 'mentre' belongs to another subject
    ("Ieri il ministro degli Esteri turco Hakan Fidan aveva sentito il collega iraniano Hossein Amir-Abdollahian, "
     "offrendo la mediazione, mentre la Cina si era detta pronta a svolgere un ruolo.",
     ("CONSULT", ["Hakan Fidan", "Hossein Amir-Abdollahian"], "OCCURRED", "2021-03-07")),
    # 'Poche ore prima dell'attacco': the day of the attack the article reported before
    ("Martedì 2 marzo missili iraniani hanno colpito due basi a Panjgur, in Pakistan. Poche ore prima dell'attacco, il "
     "premier pachistano Anwaar-ul-Haq Kakar aveva incontrato il ministro degli Esteri iraniano Hossein "
     "Amir-Abdollahian.", ("CONSULT", ["Anwaar-ul-Haq Kakar", "Hossein Amir-Abdollahian"], "OCCURRED", "2021-03-02")),
    # a bare lag opening a clause counts from the last day the text named
    ("Martedì 2 marzo i ribelli sono entrati a Goma. Poche ore prima il ministro degli Esteri congolese Christophe "
     "Lutundula aveva incontrato il presidente angolano João Lourenço.",
     ("CONSULT", ["Christophe Lutundula", "João Lourenço"], "OCCURRED", "2021-03-02")),
    # 'era volato prima a Kiev e poi a Mosca': one visit per destination
    ("Sabato il premier ceco Mirek Topolanek era volato prima a Kiev e poi a Mosca.",
     ("CONSULT", ["Mirek Topolanek", "Ukraine"], "OCCURRED", "2021-03-06")),
    ("Sabato il premier ceco Mirek Topolanek era volato prima a Kiev e poi a Mosca.",
     ("CONSULT", ["Mirek Topolanek", "Russia"], "OCCURRED", "2021-03-06")),
    # 'ha raggiunto X all'aeroporto': joining a person is a meeting; a summit named with its body after an earlier
    # meeting is a first mention, not a back-reference to it
    ("Mercoledì il presidente austriaco Heinz Fischer ha raggiunto Morales all'aeroporto di Schwechat.",
     ("CONSULT", ["Heinz Fischer", "Evo Morales"], "OCCURRED", "2021-03-03")),
    ("Mercoledì il presidente austriaco Heinz Fischer ha raggiunto Morales all'aeroporto di Schwechat. Nel pomeriggio "
     "si è aperto a Cochabamba il vertice straordinario dell'Unasur, con i presidenti di Argentina ed Ecuador.",
     ("CONSULT", ["Union of South American Nations", "Argentina"], "OCCURRED", None)),
    # a wish to visit is no visit yet
    ("Il presidente francese Emmanuel Macron ha detto ai giornalisti di voler visitare presto il Libano.",
     ("CONSULT", ["Emmanuel Macron", "Lebanon"], "PLANNED", None)),
    # the future of words quoted after a 'che' is the speaker's, not the event's
    ("Stamattina la ministra degli Esteri bulgara Ekaterina Zaharieva ha ricevuto l'ambasciatore tedesco a Sofia per "
     "ribadire che il suo Paese \"non cederà sulla storia\".",
     ("CONSULT", ["Ekaterina Zaharieva", "Germany"], "OCCURRED", "2021-03-08")),
    ("Martedì il ministro degli Esteri cinese Wang Yi, in visita nella capitale tedesca, ha avvertito che il ceco "
     "«pagherà un prezzo alto».", ("CONSULT", ["Wang Yi", "Germany"], "OCCURRED", "2021-03-02")),
    # a cancelling verb before an inserted phrase governs the noun after it, its subject
    ("È saltata invece, su decisione cinese, la visita a Praga di un viceministro cinese del Commercio prevista a "
     "metà marzo.", ("CONSULT", ["China", "Czech Republic"], "CANCELLED", None)),
    # (not across a 'che': the meeting announced after a cancelling is planned)
    ("Dopo averlo annullato la settimana scorsa con una lettera, il presidente americano Donald Trump ha annunciato "
     "oggi che l'incontro con il leader nordcoreano Kim Jong-un si terrà come previsto il 12 giugno.",
     ("CONSULT", ["Donald Trump", "Kim Jong-un"], "PLANNED", "2021-06-12")),
    # a reception's guest before 'e gli ha chiesto': the reception's, not the request's
    ("Oggi pomeriggio il ministro degli Esteri Angelino Alfano ha ricevuto alla Farnesina l’ambasciatore turco Murat "
     "Salim Esenli e gli ha chiesto di garantire la libertà di navigazione.",
     ("CONSULT", ["Angelino Alfano", "Murat Salim Esenli"], "OCCURRED", "2021-03-08")),
    # a state that will not attend a body's summit: its part in it, called off
    ("Martedì l'India ha annunciato che non parteciperà al vertice dell'Associazione dell'Asia meridionale per la "
     "cooperazione regionale (Saarc), che si sarebbe dovuto aprire il 9 novembre.",
     ("CONSULT", ["India", "South Asian Association for Regional Cooperation"], "CANCELLED", "2021-03-02")),
    # ... and states that 'hanno fatto lo stesso' after it, on their own day
    ("Martedì l'India ha annunciato che non parteciperà al vertice dell'Associazione dell'Asia meridionale per la "
     "cooperazione regionale (Saarc); mercoledì Bangladesh, Afghanistan e Bhutan hanno fatto lo stesso.",
     ("CONSULT", ["Bhutan", "South Asian Association for Regional Cooperation"], "CANCELLED", "2021-03-03")),
    # a measure weighed, whatever it touches: its target is the other state
    ("Il Giappone e la Corea del Sud litigano. Tokyo potrebbe inoltre ridurre l'accordo di swap valutario tra le due "
     "banche centrali.", ("SANCTION", ["Japan", "South Korea"], "UNCERTAIN", "2021-03-08")),
    ("L'Ue potrebbe anche congelare una parte dei fondi di preadesione destinati ad Ankara.",
     ("SANCTION", ["European Union", "Turkey"], "UNCERTAIN", "2021-03-08")),
    ("La Russia potrebbe ora scollegare la Lituania dalla rete elettrica comune.",
     ("SANCTION", ["Russia", "Lithuania"], "UNCERTAIN", "2021-03-08")),
    # a measure the press reports ahead, with its deadline between the verb and the envoys, and a later denial
    ("Il quotidiano Asahi ha scritto che il Giappone richiamerà entro la fine della settimana il proprio ambasciatore "
     "a Pechino; il governo giapponese ha smentito.", ("SANCTION", ["Japan", "China"], "DENIED", "2021-W10")),
    ("Il Dawn ha scritto che Islamabad espellerà entro la fine della prossima settimana alcuni diplomatici indiani; il "
     "ministero degli Esteri pakistano ha smentito.", ("SANCTION", ["Pakistan", "India"], "DENIED", "2021-W11")),
    # the year of an irregular participle's clause is not the date of the measure weighed
    ("Il governo indiano potrebbe invece revocare al Nepal lo status di partner commerciale privilegiato, concesso nel "
     "2005.", ("SANCTION", ["India", "Nepal"], "UNCERTAIN", "2021-03-08")),
    # numbered people after a coordinated verb are that verb's, not the visit's
    ("Sabato il segretario generale della Nato Mark Rutte è stato nella capitale bosniaca e ha incontrato i tre "
     "membri della presidenza collegiale.", ("CONSULT", ["Mark Rutte", "Bosnia and Herzegovina"], "OCCURRED",
                                              "2021-03-06")),
    # a definite meeting noun of people of named states, after an earlier talk, is no back-reference
    ("Ieri il presidente camerunese ha telefonato al collega ciadiano. Oggi nella capitale nigerina si è aperta la "
     "riunione degli esperti militari di Nigeria, Niger, Ciad, Camerun e Benin.",
     ("CONSULT", ["Nigeria", "Niger", "Chad", "Cameroon", "Benin"], "OCCURRED", "2021-03-08")),
    # a body's ambassadors gathered; a multilateral mission's forces deployed in a country
    ("Ieri l'Alto rappresentante ha riunito gli ambasciatori del Consiglio per l'attuazione della pace.",
     ("CONSULT", ["Peace Implementation Council"], "OCCURRED", "2021-03-07")),
    ("Sabato la missione europea Eufor Althea ha schierato in Bosnia i primi reparti della sua forza di riserva.",
     ("AID", ["European Union", "Bosnia and Herzegovina"], "OCCURRED", "2021-03-06")),
    # a call with its verb left out in the next clause, on a day of its own; the subject an office named for its
    # state in the sentence before
    ("Il presidente russo aveva preparato il terreno con due telefonate. Giovedì ha parlato al telefono con il "
     "premier armeno, venerdì con il presidente azero.", ("CONSULT", ["Russia", "Nikol Pashinyan"], "OCCURRED",
                                                          "2021-03-04")),
    ("Il presidente russo aveva preparato il terreno con due telefonate. Giovedì ha parlato al telefono con il "
     "premier armeno, venerdì con il presidente azero.", ("CONSULT", ["Russia", "Ilham Aliyev"], "OCCURRED",
                                                          "2021-03-05")),
    # a subject left out carried over a sentence whose verb is in the perfect with 'essere'; talks as a trip's purpose
    ("Il segretario di Stato americano Mike Pompeo ha passato due giorni tra le due capitali. Sabato è atterrato nella "
     "capitale saudita, dove ha incontrato il re. Ieri è volato nella capitale turca per un colloquio con il presidente "
     "turco.", ("CONSULT", ["Mike Pompeo", "Turkey"], "OCCURRED", "2021-03-07")),
    ("Il segretario di Stato americano Mike Pompeo ha passato due giorni tra le due capitali. Sabato è atterrato nella "
     "capitale saudita, dove ha incontrato il re. Ieri è volato nella capitale turca per un colloquio con il presidente "
     "turco.", ("CONSULT", ["Mike Pompeo", "Recep Tayyip Erdogan"], "OCCURRED", "2021-03-07")),
    # the capital's airport, in a text datelined in that capital
    ("Port-au-Prince, 8 marzo 2021 – Sabato il segretario di Stato americano era atterrato nello scalo della capitale, "
     "dove aveva incontrato il presidente haitiano.", ("CONSULT", ["United States", "Haiti"], "OCCURRED", "2021-03-06")),
    # relief dropped from the air; a hospital ship arriving
    ("Port-au-Prince, 8 marzo 2021 – Gli aiuti arrivano ad Haiti. Ieri due aerei da trasporto C-17 dell’aviazione "
     "statunitense hanno paracadutato quattordicimila razioni di cibo a nord-est della città.",
     ("AID", ["United States", "Haiti"], "OCCURRED", "2021-03-07")),
    ("Port-au-Prince, 8 marzo 2021 – Gli aiuti arrivano ad Haiti. Stamattina la nave ospedale americana Comfort ha "
     "gettato l’ancora davanti al porto di Port-au-Prince.", ("AID", ["United States", "Haiti"], "OCCURRED",
                                                               "2021-03-08")),
    # a host bringing two parties to one table
    ("Ieri il ministro degli Esteri russo Sergej Lavrov ha riunito attorno allo stesso tavolo il ministro degli Esteri "
     "azero Jeyhun Bayramov e il suo collega armeno.",
     ("CONSULT", ["Sergey Lavrov", "Jeyhun Bayramov"], "OCCURRED", "2021-03-07")),
    # an Arabic family name after its article is a person, not a venue ('al Palazzo')
    ("Il ministro degli Esteri qatariota Mohammed bin Abdulrahman Al Thani è arrivato. Il segretario di Stato Rex "
     "Tillerson ha telefonato stamattina ad Al Thani.",
     ("CONSULT", ["Rex Tillerson", "Mohammed bin Abdulrahman Al Thani"], "OCCURRED", "2021-03-08")),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[c[0][:40] for c in FOUND])
def test_found(text, expected):
    ms = mentions(text)
    etype, names, status, date = expected
    assert has(ms, etype, names, status, date), ms


def test_the_states_a_quote_names_are_no_parties_of_the_events_around_it():
    # what was said, not who took part; a quoted act keeps its parties
    ms = mentions("«La Russia usa i migranti come un'arma contro la Nato», ha detto stamattina il premier finlandese "
                  "Petteri Orpo, che ieri sera ha avuto un colloquio telefonico con il presidente estone Alar Karis.")
    assert [(t, sorted(ps)) for t, _, ps, _ in ms] == [("CONSULT", ["Alar Karis", "Petteri Orpo"])]


def test_the_two_of_a_reciprocal_act_are_the_two_sides_the_sentence_before_named():
    # 'i due' with no earlier talks: the two states of the sentence before, not a body a topic phrase named
    ms = mentions("I leader dei membri del forum, riuniti sabato a Lima, non hanno trovato l'accordo sulla riforma "
                  "dell'Organizzazione mondiale del commercio. Il presidente cinese ha criticato i dazi; il "
                  "vicepresidente americano gli ha risposto. Sabato sera i due si sono parlati durante la cena.")
    talk = [(sorted(ps), d) for t, _, ps, d in ms if t == "CONSULT" and d == "2021-03-06"]
    assert any({"China", "United States"} <= set(ps) for ps, _ in talk), ms
    assert not any("World Trade Organization" in ps for _, _, ps, _ in ms), ms


def test_a_day_appointed_in_a_participle_clause_dates_its_meeting_not_the_sentence_day():
    ms = mentions("Ieri sera il presidente sudafricano ha telefonato al presidente dello Zimbabwe per preparare il "
                  "vertice straordinario della Sadc, convocato per lunedì 15 marzo.")
    assert ("CONSULT", "PLANNED", "2021-03-15") in [(t, st, d) for t, st, _, d in ms], ms


def test_the_date_and_tense_of_a_coordinated_clause_with_its_own_verb_stay_there():
    ms = mentions("La tregua tra Argentina e Uruguay regge. Ieri i due presidenti si sono visti per la seconda volta e "
                  "hanno affidato ai ministri il compito di definire entro trenta giorni un sistema di monitoraggio.")
    assert [(t, st, d) for t, st, _, d in ms] == [("CONSULT", "OCCURRED", "2021-03-07")], ms


def test_a_cancelling_is_dated_by_the_clause_after_a_colon_that_gives_the_news():
    ms = mentions("Nuovo strappo tra Ucraina e Ungheria. L'Ungheria ha annullato la riunione della commissione mista, "
                  "prevista per martedì 9 marzo a Uzhhorod: lo ha comunicato ieri sera il ministero degli Esteri.")
    got = {(t, st, d) for t, st, _, d in ms}
    assert {("CONSULT", "CANCELLED", "2021-03-09"), ("CONSULT", "OCCURRED", "2021-03-07")} <= got, ms


def test_a_trip_takes_no_traveller_of_another_state_from_an_earlier_unfinished_visit():
    ms = mentions("Il segretario di Stato americano, che il 15 febbraio aveva visitato la capitale birmana incontrando "
                  "la consigliera di Stato, ha definito mercoledì quanto avvenuto una «pulizia etnica». Tutti gli "
                  "occhi sono ora sul viaggio del papa, che lunedì arriverà in Myanmar.")
    trip = [ps for t, st, ps, d in ms if st == "PLANNED"]
    assert trip and all("Antony Blinken" not in ps and "United States" not in ps for ps in trip), ms


def test_a_first_time_since_phrase_does_not_date_the_event_after_it():
    ms = mentions("Per la prima volta dal primo incontro dei leader, a Blake Island nel 1993, un vertice dell'Apec si è "
                  "chiuso ieri senza una dichiarazione finale.")
    assert all(d != "1993" for _, _, _, d in ms), ms


def test_object_clitic_of_a_relative_clause_is_not_the_previous_subject():
    # 'Blinken, che lo aveva chiamato': the relative's antecedent called the sentence's subject, not the people of
    # the sentence before
    ms = mentions("Aliyev e Pashinyan non si sono visti. Ieri sera Pashinyan ha sentito al telefono il segretario di "
                  "Stato americano Antony Blinken, che lo aveva chiamato già il 19 settembre.")
    assert not has(ms, "CONSULT", ["Ilham Aliyev", "Nikol Pashinyan"]), ms


def test_summit_on_another_day_or_with_its_participants_is_not_the_bare_body():
    # 'alla vigilia del vertice del G20': the summit is not on the sentence's day; 'ha partecipato al vertice della
    # Nato': the participant is a party of the summit
    ms = mentions("Biden e Xi si sono incontrati oggi a Bali, alla vigilia del vertice del G20.")
    assert not has(ms, "CONSULT", ["Group of Twenty (G20)"], "OCCURRED", "2021-03-08"), ms
    ms = mentions("Lunedì Joe Biden ha partecipato a Bruxelles al vertice della Nato.")
    assert has(ms, "CONSULT", ["Joe Biden", "NATO"]), ms


def test_a_plane_with_aid_landing_is_no_visit():
    ms = mentions("La Farnesina ha annunciato che un volo con 17 tonnellate di aiuti, tra medicinali e generi di prima "
                  "necessità, atterrerà a Beirut nei prossimi giorni.")
    assert not has(ms, "CONSULT", ["Lebanon"]), ms


def test_calls_prima_e_poi_are_one_call_per_counterpart():
    ms = mentions("Ieri sera il presidente keniano Uhuru Kenyatta ha telefonato prima al presidente ruandese e poi a "
                  "Museveni.")
    assert not has(ms, "CONSULT", ["Paul Kagame", "Yoweri Museveni"]), ms


def test_calls_split_by_counterpart_are_not_joined_by_an_object_of_another_clause():
    ms = mentions("Il ministro degli Esteri britannico Jeremy Hunt non ha escluso nuove misure contro la Repubblica "
                  "islamica, e ha riferito di aver sentito nel fine settimana i colleghi francese e tedesco.")
    assert not has(ms, "CONSULT", ["Jeremy Hunt", "Iran"]), ms


def test_one_word_alias_needs_the_person_introduced():
    # without 'Papa Francesco' before, 'Francesco' is just a given name
    ms = mentions("Sabato Francesco è stato ricevuto a Najaf dal grande ayatollah Ali al-Sistani.")
    assert not has(ms, "CONSULT", ["Pope Francis"]), ms


def test_a_national_armed_group_is_a_side_of_its_own():
    # the Houthis (country YEM) are not Yemen: talks between the government and the rebels have two sides, and the
    # government of a named president stands for his state
    ms = mentions("Dopo una settimana di trattative indirette, il governo del presidente Abd Rabbo Mansour Hadi e i "
                  "ribelli Houthi hanno raggiunto un'intesa.", published="2018-12-14")
    assert has(ms, "CONSULT", ["Abdrabbuh Mansur Hadi", "Houthis", "Yemen"]), ms


@pytest.mark.parametrize("value,within_day,days", [
    ("P2D", False, 2), ("P1W", False, 7), ("PT24H", False, 1), ("PT48H", True, 2),
    ("PT5H", False, None), ("PT5H", True, 0), ("PTXH", True, 0), ("PXD", True, None), ("P3M", True, None),
])
def test_lag_days(value, within_day, days):
    from transforms.events.extract import _lag_days
    assert _lag_days(value, within_day) == days


def test_after_a_fronted_temporal_phrase_the_mention_is_the_main_subject():
    ms = mentions("I ministri si sono riuniti ieri a Lima. Prima della riunione il ministro degli Esteri cileno, "
                  "Pablo Rojas, aveva incontrato il collega peruviano Luis Castro.", "2012-08-19")
    assert has(ms, "CONSULT", ["Pablo Rojas", "Luis Castro"]), ms


def test_talking_with_an_office_holder_is_a_meeting_not_on_the_phone():
    ms = mentions("Il premier spagnolo, che ha parlato oggi con il presidente argentino a margine del vertice, ha "
                  "promesso aiuti. Ieri sera aveva parlato al telefono con il cancelliere tedesco.", "2019-11-01")
    assert has(ms, "CONSULT", ["Spain", "Argentina"], "OCCURRED", "2019-11-01"), ms
    assert len([m for m in ms if m[0] == "CONSULT"]) == 2, ms


def test_a_mention_before_a_relative_clause_is_the_object_of_the_act_before_it():
    # 'che ha definito l'attacco': the noun inside the relative clause does not take him
    ms = mentions("Il generale Brooks aveva chiamato sabato il capo di stato maggiore dell'esercito egiziano, Sami Anan, "
                  "che ha definito l'attacco ''inaccettabile''.", "2011-11-27")
    assert has(ms, "CONSULT", ["Brooks", "Sami Anan"], "OCCURRED"), ms


def test_a_leader_s_own_force_in_apposition_is_not_another_party():
    # 'con il generale X, comandante dell'Esercito ... (sigla)': a talk with him, the subject travelling to him
    ms = mentions("Il ministro degli Esteri Luigi Di Maio è volato a Bengasi per un colloquio con il generale Khalifa "
                  "Haftar, comandante dell'autoproclamato Esercito nazionale libico (Lna).", "2019-12-17")
    talks = [m for m in ms if m[0] == "CONSULT" and "Khalifa Haftar" in m[2]]
    assert talks and all("Libyan National Army" not in m[2] for m in talks), ms
    assert has(ms, "CONSULT", ["Khalifa Haftar", "Luigi Di Maio"]), ms


def test_welcoming_an_agreement_is_no_reception():
    ms = mentions("Il segretario generale della Nato Jens Stoltenberg ha accolto l'intesa e garantito che la missione "
                  "Kfor continuerà a vigilare.", "2015-04-19")
    assert not any(m[0] == "CONSULT" for m in ms), ms


@pytest.mark.parametrize("text, date", [
    # the sentence before names the scene's one day and reports no act of its own
    ("La risposta del governo francese è arrivata venerdì. Il ministro degli Esteri Jean-Yves Le Drian ha "
     "telefonato al collega algerino Ramtane Lamamra.", "2021-03-05"),
    # a new paragraph opens a new scene: the publication day
    ("La risposta del governo francese è arrivata venerdì.\n\nIl ministro degli Esteri Jean-Yves Le Drian ha "
     "telefonato al collega algerino Ramtane Lamamra.", "2021-03-08"),
    # the sentence before has an act of its own: its day is that act's
    ("Venerdì Le Drian ha incontrato il collega egiziano Sameh Shoukry. Il ministro degli Esteri Jean-Yves Le Drian "
     "ha telefonato al collega algerino Ramtane Lamamra.", "2021-03-08"),
])
def test_a_sentence_without_a_date_happens_on_the_day_of_the_scene_before(text, date):
    assert has(mentions(text), "CONSULT", ["Jean-Yves Le Drian", "Ramtane Lamamra"], "OCCURRED", date)


def test_a_weekend_dates_an_event_by_its_week():
    # the contract's values name weeks: 'nel fine settimana' is its ISO week, Monday to Sunday
    from schemas.models import Article
    from transforms.events import explain
    e = explain(Article(id="t", text="Il ministro degli Esteri britannico Jeremy Hunt ha riferito di aver sentito nel "
                                     "fine settimana il collega francese Jean-Yves Le Drian.", published="2019-07-22"))
    dates = [m["date"] for m in e["mentions"] if m["event_type"] == "CONSULT"]
    assert dates and dates[0]["value"] == "2019-W29" and dates[0]["precision"] == "WEEK"
    assert str(dates[0]["start"]) == "2019-07-15" and str(dates[0]["end"]) == "2019-07-21"


def test_an_act_dated_after_the_publication_day_is_planned():
    # 'il vertice dei Brics di Xiamen, dal 3 al 5 settembre' in an article of 29 August; its city is its place
    from schemas.models import Article
    from transforms.events import explain
    e = explain(Article(id="t", text="Sullo sfondo c'è il vertice dei Brics di Xiamen, dal 3 al 5 settembre, al quale "
                                     "il premier indiano Narendra Modi ha confermato oggi la sua partecipazione.",
                        published="2017-08-29"))
    visits = [m for m in e["mentions"] if m["mode"] == "visit"]
    assert visits and visits[0]["status"] == "PLANNED" and visits[0]["location"]["name"] == "Xiamen"
    assert [p["name"] for p in visits[0]["actors"]] == ["Narendra Modi", "China"]


# One sentence or paragraph, one mention expected: text, publication day, (type, names, status, date).
ONE_MENTION = [
    # an arrival on a named day in a state (the day stays out of the trigger)
    pytest.param(
        "Il premier indiano Narendra Modi, arrivato martedì mattina in Arabia Saudita per una visita di due giorni, "
        "ha parlato ai giornalisti.", "2025-04-23",
        ("CONSULT", ["Narendra Modi", "Saudi Arabia"], "OCCURRED", "2025-04-22"), id="arrived_on_a_weekday_in"),
    # an infinitive with its object attached ('parlargli'): the person the previous sentence was about
    pytest.param(
        "Il premier tongano Siaosi Sovaleni ha diffuso un messaggio martedì. Lo stesso giorno il primo ministro "
        "australiano era riuscito a parlargli tramite un telefono satellitare.", "2022-01-21",
        ("CONSULT", ["Siaosi Sovaleni", "Australia"], "OCCURRED", "2022-01-18"), id="enclitic_object_call"),
    # a reception participle with a day before its agent
    pytest.param(
        "Il vicepresidente americano JD Vance è arrivato in India, ricevuto lunedì dal premier nella capitale.",
        "2025-04-22", ("CONSULT", ["JD Vance", "India"], "OCCURRED", "2025-04-21"), id="received_monday_by"),
    # a trip as an infinitive after a modal: 'avrebbe dovuto volare a Mosca', 'potrebbe tornare negli Stati Uniti'
    pytest.param(
        "Il vicepremier ceco Jan Hamáček avrebbe dovuto volare a Mosca lunedì 19 aprile.", "2021-04-20",
        ("CONSULT", ["Jan Hamáček", "Russia"], None, "2021-04-19"), id="modal_volare_a"),
    pytest.param(
        "Il ministro degli Esteri messicano Luis Videgaray potrebbe tornare negli Stati Uniti la prossima settimana.",
        "2017-01-28", ("CONSULT", ["Luis Videgaray", "United States"], "PLANNED", "2017-W05"), id="modal_tornare_negli"),
    # giving up something other than a gathering cancels no talk ('di rinunciare all'adesione alla Nato')
    pytest.param(
        "Dopo due round di negoziati diretti a Istanbul tra Russia e Ucraina, il Cremlino chiede a Kiev di "
        "rinunciare all'adesione alla Nato.", "2025-07-10",
        ("CONSULT", ["Russia", "Ukraine"], "OCCURRED", None), id="giving_up_membership_cancels_no_talks"),
    # 'I due,' (a bare number before a comma) names the parties of the earlier talk
    pytest.param(
        "Stamattina il premier ungherese Gordon Bajnai ha telefonato al presidente russo Vladimir Putin. I due, ha "
        "riferito il portavoce di Bajnai, si sono impegnati a vedersi a settembre.", "2009-08-22",
        ("CONSULT", ["Gordon Bajnai", "Vladimir Putin"], "PLANNED", "2009-09"), id="i_due_before_a_comma"),
    # a role after a meeting verb that would resolve to the verb's own subject names the person apposed to it
    pytest.param(
        "Il ministro degli Esteri indonesiano Retno Marsudi è a Bangkok. Retno ha comunque incontrato ieri il "
        "ministro degli Esteri nominato dai generali, Wunna Maung Lwin, in un faccia a faccia.", "2021-02-25",
        ("CONSULT", ["Retno Marsudi", "Wunna Maung Lwin"], "OCCURRED", "2021-02-24"), id="no_one_meets_himself"),
    # a relative clause telling when the noun's event takes place gives it its day and status
    pytest.param(
        "Ieri sera il ministro degli Esteri indonesiano Retno Marsudi ha preparato la riunione informale dei ministri "
        "degli Esteri dell'Asean, che si terrà in videoconferenza martedì prossimo.",
        "2021-02-25", ("CONSULT", ["Association of Southeast Asian Nations", "Retno Marsudi"], "PLANNED", "2021-03-02"),
        id="relative_clause_takes_place"),
    # the day held by a trigger that made no record ('un vertice' without parties) dates the sentence's act
    pytest.param(
        "A spingere per un vertice straordinario dell'Asean erano stati, il 5 febbraio, il presidente indonesiano "
        "Joko Widodo e il premier malese Muhyiddin Yassin, che si erano incontrati nella capitale indonesiana.",
        "2021-02-25", ("CONSULT", ["Joko Widodo", "Muhyiddin Yassin"], "OCCURRED", "2021-02-05"),
        id="orphan_day_of_a_trigger_without_parties"),
    # a visit verb with only its destination and host after it: the visitor is the sentence's subject
    pytest.param(
        "Il generale Brice Oligui Nguema prepara ora il suo primo viaggio all'estero: la prossima settimana, secondo "
        "la presidenza, sarà a Malabo da Obiang.", "2023-09-08",
        ("CONSULT", ["Brice Oligui Nguema", "Teodoro Obiang Nguema Mbasogo", "Equatorial Guinea"], "PLANNED",
         "2023-W37"), id="visitor_is_the_sentence_subject"),
    # a trip 'nella capitale birmana': a visit to the state of the demonym
    pytest.param(
        "Il ministro degli Esteri indonesiano Retno Marsudi ha rinviato il viaggio nella capitale birmana.",
        "2021-02-25", ("CONSULT", ["Retno Marsudi", "Myanmar"], "POSTPONED", None), id="trip_to_a_capital_by_demonym"),
    # 'ha dovuto rinunciare alla visita': cancelled
    pytest.param(
        "Il presidente ungherese Laszlo Solyom ha dovuto rinunciare ieri alla visita a Bratislava.", "2009-08-22",
        ("CONSULT", ["László Sólyom", "Slovakia"], "CANCELLED", "2009-08-21"), id="gave_up_the_visit"),
    # 'si sono parlati': a call; 'aveva visto nel pomeriggio il capo di gabinetto': a time word before the person seen
    pytest.param(
        "Il presidente messicano Enrique Peña Nieto e il presidente americano Donald Trump si sono parlati ieri "
        "mattina.", "2017-01-28",
        ("CONSULT", ["Enrique Peña Nieto", "Donald Trump"], "OCCURRED", "2017-01-27"), id="si_sono_parlati_call"),
    pytest.param(
        "Mercoledì il ministro degli Esteri messicano Luis Videgaray aveva visto nel pomeriggio il capo di gabinetto "
        "della Casa Bianca Reince Priebus.", "2017-01-28",
        ("CONSULT", ["Luis Videgaray", "Reince Priebus"], "OCCURRED", "2017-01-25"), id="seen_in_the_afternoon"),
    # 'il vertice trilaterale dei leader di A, B e C': the summit of those states, on the month it is planned for
    pytest.param(
        "Il vertice trilaterale dei leader di Vietnam, Laos e Cambogia resta in programma per dicembre ad "
        "Hanoi.", "2019-08-31",
        ("CONSULT", ["Vietnam", "Laos", "Cambodia"], "PLANNED", "2019-12"),
        id="summit_of_a_list_of_states"),
    pytest.param(
        "Il generale americano Brooks aveva chiamato sabato il capo di stato maggiore dell'esercito "
        "egiziano, Sami Anan.", "2011-11-27",
        ("CONSULT", ["Brooks", "Sami Anan"], "OCCURRED", "2011-11-26"),
        id="a_call_with_a_word_before_its_object"),
    pytest.param(
        "L'inviato dell'Onu, Martin Griffiths, dovrebbe recarsi la prossima settimana a Sanaa.", "2019-05-10",
        ("CONSULT", ["Martin Griffiths", "Yemen"], "PLANNED", "2019-W20"),
        id="a_planned_trip_with_its_time_before_the_destination"),
    pytest.param(
        "A Jakarta, il 9 luglio, sono attesi i ministri degli Esteri e della Difesa australiani.", "2024-06-23",
        ("CONSULT", ["Australia", "Indonesia"], "PLANNED", "2024-07-09"),
        id="visitors_expected_in_the_place_the_sentence_opens_on"),
    # the names before a purpose phrase ('per la firma') are the expected visitors
    pytest.param(
        "JAKARTA, 23 GIU - L'Indonesia rafforza la difesa. Il governo indonesiano ha firmato ieri. L'8 luglio "
        "sono attesi i ministri australiani Penny Wong e Richard Marles, per la firma dell'accordo.", "2024-06-23",
        ("CONSULT", ["Penny Wong", "Indonesia"], "PLANNED", "2024-07-08"),
        id="visitors_expected_with_no_place_come_to_the_country_the_article_is_about"),
    pytest.param(
        "Il premier vietnamita dovrebbe partecipare a ottobre alla cerimonia, mentre resta incerto un incontro "
        "tra Putin e Xi a margine dell'Assemblea generale dell'Onu, a settembre.", "2019-08-31",
        ("CONSULT", ["Vladimir Putin", "Xi Jinping"], None, "2019-09"),
        id="a_date_does_not_cross_mentre_and_a_setting_date_dates_the_act_it_sets"),
    pytest.param(
        "Il ministro degli Esteri lettone, Edgars Rinkēvičs, ha detto di aver parlato ieri sera con l'omologo "
        "Urmas Reinsalu.", "2019-09-21",
        ("CONSULT", ["Edgars Rinkēvičs", "Urmas Reinsalu"], "OCCURRED", "2019-09-20"),
        id="having_talked_with_a_counterpart_in_reported_speech"),
    pytest.param(
        "Il segretario alla Difesa Chuck Hagel è arrivato ieri a Pechino, dove ha avuto colloqui con il "
        "ministro della Difesa Chang Wanquan.", "2014-04-08",
        ("CONSULT", ["Chuck Hagel", "Chang Wanquan"], "OCCURRED", "2014-04-07"),
        id="talks_held_in_a_where_clause_without_an_article"),
    pytest.param(
        "Non si esclude una riunione straordinaria della Lega araba la prossima settimana.", "2021-11-01",
        ("CONSULT", ["Arab League"], "PLANNED", "2021-W45"),
        id="a_body_meeting_with_its_date_a_few_words_away"),
    pytest.param(
        "Mercoledì i ministri degli Esteri dell'Unione africana, riuniti in sessione straordinaria nella "
        "capitale etiope, hanno condannato il golpe.", "2024-01-21",
        ("CONSULT", ["African Union"], "OCCURRED", "2024-01-17"),
        id="ministers_of_a_body_met_in_a_capital_named_by_its_demonym"),
    # 'Fonti diplomatiche non escludono ...': the body named after the verb is a party, not the source
    pytest.param(
        "Fonti diplomatiche non escludono una riunione straordinaria dei ministri degli Esteri dell'Unione "
        "africana già la prossima settimana.", "2021-11-01",
        ("CONSULT", ["African Union"], None, "2021-W45"),
        id="a_source_phrase_ends_at_its_verb"),
    pytest.param(
        "La Grecia accusa la Turchia. Atene e Ankara non si parlano. La Turchia ha richiamato l'ambasciatore "
        "ad Atene. La Grecia ha convocato l'ambasciatore turco. Il vertice bilaterale previsto per il 17 "
        "dicembre era stato rinviato.", "2021-05-19",
        ("CONSULT", ["Greece", "Turkey"], "POSTPONED", "2020-12-17"),
        id="a_dated_bilateral_summit_without_parties_is_between_the_article_states"),
    pytest.param(
        "Il cancelliere tedesco, che ha parlato oggi con il premier greco, ha promesso di sollevare la "
        "questione durante la visita in Turchia prevista per dicembre.", "2021-11-01",
        ("CONSULT", ["Germany", "Turkey"], "PLANNED", "2021-12"),
        id="a_visit_noun_with_only_a_destination_is_the_subject_s_trip"),
    pytest.param(
        "Ieri il presidente kazako Tokayev ha incontrato il comandante. Sempre ieri ha avuto un colloquio "
        "telefonico con il presidente russo, il secondo in 48 ore, e uno con il presidente bielorusso.", "2022-01-08",
        ("CONSULT", ["Kassym-Jomart Tokayev", "Alexander Lukashenko"], "OCCURRED", "2022-01-07"),
        id="a_light_verb_without_subject_takes_the_previous_subject_beside_two_counterparts"),
    pytest.param(
        "Gli uomini della guardia costiera cinese hanno speronato le imbarcazioni filippine. Nel 2012 la "
        "marina cinese aveva attaccato le navi filippine.", "2024-06-19",
        ("ASSAULT", ["China", "Philippines"], "OCCURRED", "2024-06-19"),
        id="an_undated_act_does_not_take_a_date_long_past_from_the_same_parties"),
    pytest.param(
        "Ieri, in un discorso televisivo, Tokayev ha detto di aver autorizzato le forze di sicurezza a sparare. "
        "Sempre ieri ha avuto un colloquio telefonico con il presidente russo. Giovedì aveva invece sentito "
        "l'uzbeko Shavkat Mirziyoyev.", "2022-01-08",
        ("CONSULT", ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "OCCURRED", "2022-01-06"),
        id="a_sentence_with_a_dropped_subject_passes_it_on"),
    # taking part in a gathering abroad is a visit to its host state, also in a relative clause ('a cui ha
    # partecipato anche X', 'al quale parteciperanno sia A sia B': one visit each)
    pytest.param(
        "Il premier indiano Narendra Modi parteciperà al vertice della Sco a Samarcanda il 15 settembre.",
        "2022-09-10", ("CONSULT", ["Narendra Modi", "Uzbekistan"], "PLANNED", None),
        id="taking_part_in_a_gathering_abroad_is_a_visit_to_its_host"),
    pytest.param(
        "Il presidente somalo Hassan Sheikh Mohamud ha partecipato ieri al vertice dell'Unione africana ad Addis "
        "Abeba.", "2022-09-10", ("CONSULT", ["Hassan Sheikh Mohamud", "Ethiopia"], "OCCURRED", None),
        id="having_taken_part_in_a_gathering_abroad_is_a_visit_to_its_host"),
    pytest.param(
        "Giovedì 18 gennaio si è poi tenuto a Kampala, in Uganda, un vertice straordinario dell'Igad, a cui ha "
        "partecipato anche il presidente somalo Hassan Sheikh Mohamud, mentre l'Etiopia ha declinato l'invito.",
        "2024-01-20", ("CONSULT", ["Hassan Sheikh Mohamud", "Uganda"], "OCCURRED", "2024-01-18"),
        id="a_guest_in_a_relative_clause_visits_the_gathering_s_host"),
    *[pytest.param(
        "Il tema tornerà al vertice del Commonwealth, in programma a Port of Spain dal 27 al 29 novembre, al "
        "quale parteciperanno sia il premier australiano Kevin Rudd sia il premier neozelandese John Key.",
        "2009-11-04", ("CONSULT", [guest, "Trinidad and Tobago"], "PLANNED", None),
        id=f"each_guest_in_a_relative_clause_visits_the_gathering_s_host_{guest.split()[-1]}")
      for guest in ("Kevin Rudd", "John Key")],
    # a visit noun naming only its visitor is to the dateline's country (Russia is named more often than Kazakhstan,
    # whose city the dateline names)
    pytest.param(
        "Almaty, 8 gen 11:40 - (Agenzia Nova) - La Russia ha inviato truppe. Mosca ha detto che resterà. Il "
        "Kazakistan tace. È stata invece annullata la visita del ministro degli Esteri turco Mevlut Cavusoglu, "
        "attesa per mercoledì 12 gennaio.", "2022-01-08",
        ("CONSULT", ["Mevlut Cavusoglu", "Kazakhstan"], "CANCELLED", "2022-01-12"),
        id="a_visit_naming_only_its_visitor_is_to_the_dateline_s_country"),
    # wire copy's apostrophe accent and a time phrase before the capital
    pytest.param(
        "Il ministro degli Esteri kazako Murat Nurtleu volera' la prossima settimana nella capitale cinese.",
        "2023-05-03", ("CONSULT", ["Murat Nurtleu", "China"], "PLANNED", "2023-W19"),
        id="future_flight_with_a_time_phrase_to_a_capital"),
    pytest.param(
        "Il ministro degli Esteri giordano partirà la prossima settimana per l’Oman.", "2023-05-03",
        ("CONSULT", ["Jordan", "Oman"], "PLANNED", "2023-W19"), id="leaving_next_week_for"),
    # a past stay in a capital, and a bare office in the 'dove' clause after it is the host's
    pytest.param(
        "Il 12 aprile il ministro degli Esteri giapponese era stato nella capitale keniana, dove aveva incontrato "
        "il presidente per un'ora.", "2023-05-03",
        ("CONSULT", ["Japan", "Kenya"], "OCCURRED", "2023-04-12"), id="a_bare_office_after_a_visit_is_the_host_s"),
    # a dative clitic before a call verb: the person the text was about
    pytest.param(
        "Il presidente argentino ha respinto le accuse. Il governo ha smentito una crisi. Il presidente cileno "
        "Gabriel Boric gli ha telefonato ieri.", "2023-05-03",
        ("CONSULT", ["Gabriel Boric", "Argentina"], "OCCURRED", "2023-05-02"), id="dative_clitic_before_a_call"),
    # a stopover on a named day (the day stays out of the trigger)
    pytest.param(
        "Prima di raggiungere Lima, il ministro degli Esteri spagnolo si è fermato martedì 2 maggio a Quito.",
        "2023-05-03", ("CONSULT", ["Spain", "Ecuador"], "OCCURRED", "2023-05-02"), id="stopover_on_a_named_day"),
    # a flight to a capital named by its adjective
    pytest.param(
        "La settimana scorsa il ministro degli Esteri bengalese era volato nella capitale birmana.",
        "2023-05-03", ("CONSULT", ["Bangladesh", "Myanmar"], "OCCURRED", "2023-W17"), id="flown_to_a_capital"),
    # a guest hosted; talks held with a light verb, undated; a body's own gathering, undated
    pytest.param("Il ministro degli Esteri russo ha ospitato a Mosca il collega siriano.", "2023-05-03",
                 ("CONSULT", ["Russia", "Syria"], "OCCURRED", "2023-05-03"), id="a_guest_hosted"),
    pytest.param("Il presidente keniano ha tenuto colloqui con il leader etiope.", "2023-05-03",
                 ("CONSULT", ["Kenya", "Ethiopia"], "OCCURRED", "2023-05-03"), id="talks_held_undated"),
    pytest.param("I capi di Stato dell'Unione africana si sono riuniti ad Addis Abeba per un vertice straordinario.",
                 "2023-05-03", ("CONSULT", ["African Union"], "OCCURRED", "2023-05-03"),
                 id="a_body_gathering_undated"),
]


@pytest.mark.parametrize("text, published, expected", ONE_MENTION)
def test_one_mention(text, published, expected):
    ms = mentions(text, published)
    assert has(ms, *expected), ms


def test_landing_on_a_named_day_in_a_capital_and_a_reception_after_it():
    # the day stays out of the arrival trigger and dates the reception too; the day of a participle clause
    # ('giurato lunedì come presidente') dates neither
    ms = mentions("Il presidente centrafricano Faustin-Archange Touadéra è atterrato giovedì 7 settembre nella capitale "
                  "gabonese ed è stato ricevuto al palazzo presidenziale dal generale Brice Oligui Nguema, giurato "
                  "lunedì come presidente di transizione.", "2023-09-08")
    assert has(ms, "CONSULT", ["Faustin-Archange Touadéra", "Gabon"], "OCCURRED", "2023-09-07"), ms
    assert has(ms, "CONSULT", ["Faustin-Archange Touadéra", "Brice Oligui Nguema"], "OCCURRED", "2023-09-07"), ms


def test_a_bare_office_met_in_a_where_clause_after_a_visit_is_the_host_s():
    e = test_recall.explain(test_recall.Article(
        id="t", published="2023-05-03",
        text="Il 12 aprile il ministro degli Esteri giapponese era stato nella capitale keniana, dove aveva incontrato "
             "il presidente per un'ora."))
    got = sorted((m["mode"] or "", sorted(p["name"] for p in m["actors"])) for m in e["mentions"])
    assert [mode for mode, names in got if "Kenya" in names] == ["", "visit"], got


def test_a_bare_office_met_after_a_visit_joins_a_named_counterpart():
    e = test_recall.explain(test_recall.Article(
        id="t", published="2023-05-03",
        text="Il ministro degli Esteri giapponese era volato nella capitale keniana, dove aveva incontrato il "
             "consigliere per la sicurezza nazionale e il ministro della Difesa Aden Duale."))
    meet = [sorted(p["name"] for p in m["actors"]) for m in e["mentions"] if m["mode"] is None]
    assert meet and all("Kenya" in names for names in meet), meet


@pytest.mark.parametrize("text, visits", [
    # 'in una visita' after a reception: the guest's visit to the host, beside the meeting
    ("Giovedì il primo ministro keniano ha ricevuto nella capitale keniana il capo di stato maggiore etiope, in una "
     "visita non annunciata.", 1),
    # 'in visita ufficiale' tells the guest's status: the reception is the one event
    ("Il giorno prima il presidente keniano aveva ricevuto il presidente etiope, in visita ufficiale in Kenya.", 0),
])
def test_a_visit_noun_after_a_reception(text, visits):
    e = test_recall.explain(test_recall.Article(id="t", published="2023-05-03", text=text))
    modes = [m["mode"] for m in e["mentions"] if m["event_type"] == "CONSULT"]
    assert modes.count("visit") == visits and None in modes, modes


@pytest.mark.parametrize("text, trigger, states", [
    # 'dei due governi': the states of the earlier parties, not their leaders
    ("Il premier ceco Petr Fiala aveva telefonato al premier slovacco Robert Fico. Il presidente ceco ha annullato "
     "la visita a Bratislava, mentre la riunione congiunta dei due governi, in calendario a settembre, è stata "
     "rinviata.", "riunione", ["Czech Republic", "Slovakia"]),
    # 'dei due Paesi' with no two states among the earlier parties: the two states the article is about
    ("Il Qatar ha rotto le relazioni con l'Egitto. L'Egitto ha espulso l'ambasciatore del Qatar. Il segretario "
     "generale dell'Onu ha parlato al telefono con il ministro egiziano. Mosca si è detta pronta a ospitare un "
     "incontro tra i ministri degli Esteri dei due Paesi.", "incontro", ["Egypt", "Qatar"]),
])
def test_a_plural_anaphor_naming_states_is_resolved_to_states(text, trigger, states):
    e = test_recall.explain(test_recall.Article(id="t", published="2023-05-03", text=text))
    got = [sorted(p["name"] for p in m["actors"]) for m in e["mentions"] if m["trigger"] == trigger]
    assert got == [states], [(m["trigger"], [p["name"] for p in m["actors"]]) for m in e["mentions"]]


def test_an_undated_act_takes_the_scene_s_day_across_a_background_sentence():
    # the day of the scene ('ieri sera', its clock times) dates a later act of the paragraph with no day of its own;
    # a sentence naming only a year long past ('al 1915') and one naming none are background in between
    e = test_recall.explain(test_recall.Article(
        id="t", published="2009-10-11",
        text="Il presidente serbo e il premier kosovaro hanno firmato ieri sera l'accordo. La cerimonia, fissata per "
             "le 17, è cominciata alle 20.20. Lo stallo è durato tre ore. Belgrado temeva un accenno al 1999. Il "
             "ministro degli Esteri serbo ha incontrato il ministro degli Esteri kosovaro, avviando un dialogo "
             "iniziato due anni fa."))
    got = [(m["trigger"], (m["date"] or {}).get("value")) for m in e["mentions"] if m["trigger"] == "ha incontrato"]
    assert got == [("ha incontrato", "2009-10-10")], got


@pytest.mark.parametrize("text", [
    "Un quotidiano di Hong Kong scrive che il presidente mongolo avrebbe ricevuto il premier giapponese.",
    "Secondo la stampa turca il presidente mongolo avrebbe ricevuto il premier giapponese.",
])
def test_the_press_that_reports_a_meeting_is_no_party_of_it(text):
    e = test_recall.explain(test_recall.Article(id="t", published="2016-12-02", text=text))
    parts = [sorted(p["name"] for p in m["actors"]) for m in e["mentions"] if m["event_type"] == "CONSULT"]
    assert parts and all("Hong Kong" not in p and "Turkey" not in p for p in parts), parts


@pytest.mark.parametrize("text, status", [
    # the conditional of a report: an alleged act
    ("Secondo un quotidiano, il presidente mongolo avrebbe ricevuto lunedì il premier giapponese.", "DISPUTED"),
    # the future in the past after 'che' is no allegation
    ("Il presidente mongolo ha detto che avrebbe ricevuto lunedì il premier giapponese.", None),
])
def test_the_reportative_conditional_is_an_alleged_act(text, status):
    e = test_recall.explain(test_recall.Article(id="t", published="2016-12-02", text=text))
    got = [m["status"] for m in e["mentions"] if m["event_type"] == "CONSULT"]
    assert got and (got[0] == status if status else got[0] != "DISPUTED"), got


def test_a_round_named_by_its_order_on_a_tie_is_between_the_article_s_two_states():
    # (a development article: the earlier talks are reported once each, so the tie goes to the two states the article
    # is about, not to the ambassador of the last talk)
    from pathlib import Path
    from transforms.articles import parse_input
    path = Path(__file__).parents[3] / "fixtures" / "dev14" / "dev14_02.txt"
    art = parse_input(str(path), path.read_bytes())[0]
    e = test_recall.explain(art)
    got = [sorted(p["name"] for p in m["actors"]) for m in e["mentions"] if m["trigger"] == "nuovo round"]
    assert got == [["China", "Norway"]], got


def test_a_convoy_expected_in_a_capital_is_no_visit():
    ms = mentions("Un convoglio del Programma alimentare mondiale partito martedì dal porto camerunese di Douala è "
                  "atteso nella capitale ciadiana.")
    assert not [m for m in ms if m[0] == "CONSULT"], ms


def test_migrants_landing_are_no_visit():
    ms = mentions("Dall'inizio dell'anno sono sbarcati a Lampedusa oltre 25 mila tunisini.")
    assert not [m for m in ms if m[0] == "CONSULT"], ms


def test_a_visit_cancelled_to_the_same_city_goes_to_the_city_named_before():
    # 'nella stessa città' stands for the capital named in the sentence before; the cancellation verb takes no
    # parties from the earlier sentence's visit, the visit noun it governs tells the act
    ms = mentions("Anche il presidente angolano si è mosso: un suo inviato è atteso nella capitale ruandese la prossima "
                  "settimana. Il ministro del Commercio ugandese ha invece annullato la visita che doveva fare nella "
                  "stessa città giovedì 11 marzo.")
    cancelled = [m for m in ms if m[0] == "CONSULT" and m[1] == "CANCELLED"]
    assert cancelled and all(m[2] == ["Rwanda", "Uganda"] for m in cancelled), ms
    assert cancelled[0][3] == "2021-03-11", ms


def test_a_date_closing_a_clause_dates_that_clause_s_act_not_the_next():
    ms = mentions("Il ministro del Commercio ugandese ha annullato la visita che doveva fare a Kigali giovedì 11 marzo, "
                  "e la riunione della commissione congiunta tra i due paesi, prevista per la fine di marzo, è stata "
                  "rinviata.")
    postponed = [m for m in ms if m[1] == "POSTPONED"]
    assert postponed and postponed[0][3] == "2021-03", ms


def test_a_body_s_calls_to_two_persons_are_two_calls():
    ms = mentions("Nel pomeriggio il commissario europeo per l'allargamento ha telefonato sia a Darmanovic sia a "
                  "Selakovic.")
    calls = sorted(m[2] for m in ms if m[0] == "CONSULT")
    assert calls == [["European Commission", "Nikola Selaković"], ["European Commission", "Srđan Darmanović"]], ms


def test_the_future_in_the_past_after_che_is_no_alleged_act():
    ms = mentions("Il premier ha detto che avrebbe espulso lunedì prossimo l'ambasciatore russo.")
    assert all(m[1] != "DISPUTED" for m in ms), ms


def test_the_conditional_after_the_press_wrote_that_is_an_alleged_act():
    ms = mentions("Il quotidiano Haaretz ha scritto oggi che domenica sera il premier israeliano avrebbe telefonato al "
                  "re di Giordania.")
    assert [m[1] for m in ms if m[0] == "CONSULT"] == ["DISPUTED"], ms


@pytest.mark.parametrize("text,expected", [
    ("E oggi il governo olandese ha annullato il forum economico olandese-russo in programma giovedì 25 marzo a "
     "Ekaterinburg.", {("CANCELLED", "2021-03-25"), ("OCCURRED", "2021-03-08")}),
    # the subject's name in apposition between the day and the verb
    ("Domenica il ministro degli Esteri etiope, Demeke Mekonnen, ha annullato la visita nella capitale sudanese "
     "prevista per sabato 13 marzo.", {("CANCELLED", "2021-03-13"), ("OCCURRED", "2021-03-07")}),
])
def test_cancelling_a_meeting_of_another_day_is_an_act_of_its_own_day(text, expected):
    ms = mentions(text)
    consult = {(m[1], m[3]) for m in ms if m[0] == "CONSULT"}
    assert consult == expected, ms


def test_the_meeting_noun_a_cancellation_verb_governs_takes_the_scheduled_day():
    ms = mentions("Il giorno seguente la ministra francese Florence Parly ha annullato l'incontro con il collega "
                  "britannico Ben Wallace, previsto per la settimana successiva a Londra.")
    assert all(m[3] != "2021-03-09" for m in ms if m[1] == "CANCELLED"), ms


@pytest.mark.parametrize("text,meeting", [
    # a 'dove' clause: the office and its state named after the verb
    ("Il ministro turco per gli Affari europei, Omer Celik, sarà invece nella capitale tedesca la settimana prossima, "
     "dove incontrerà il ministro dell'Interno tedesco.", ["Germany", "Omer Celik"]),
    # a purpose clause
    ("Il ministro del Commercio canadese sarà mercoledì nella capitale messicana per incontrare il collega messicano.",
     ["Canada", "Mexico"]),
    # visitors of one state meet their host
    ("L'8 marzo sono attesi a Manila i ministri degli Esteri e della Difesa giapponesi, Yoko Kamikawa e Minoru Kihara, "
     "per incontrare i colleghi.", ["Minoru Kihara", "Philippines", "Yoko Kamikawa"]),
])
def test_the_meeting_after_a_trip_is_the_traveller_s_with_the_host(text, meeting):
    ms = [m for m in mentions(text) if m[0] == "CONSULT"]
    assert len(ms) == 2 and all(m[1] == "PLANNED" for m in ms), ms
    assert sorted(ms[1][2]) == meeting and ms[0][3] == ms[1][3], ms


def test_a_call_to_two_heads_of_government_is_two_calls_with_the_caller():
    ms = mentions("Ieri i vice premier del Kazakistan e del Kirghizistan si sono incontrati al valico. Nella stessa "
                  "giornata il premier russo ha telefonato ai due capi di governo, offrendo la mediazione della Russia.")
    ms = [m for m in ms if "Russia" in m[2]]
    calls = [m[2] for m in ms if m[0] == "CONSULT"]
    assert len(calls) == 2 and all("Russia" in c or "Dmitry Medvedev" in c for c in calls), ms
    assert {s for c in calls for s in c} >= {"Kazakhstan", "Kyrgyzstan"}, ms


def test_receiving_solidarity_is_no_reception():
    ms = mentions("Sánchez ha ricevuto la solidarietà del presidente del Consiglio europeo Charles Michel.")
    assert not [m for m in ms if m[0] == "CONSULT"], ms


@pytest.mark.parametrize("text,visit", [
    # a state's ship calling at a port is a visit of that state
    ("Stamattina la nave cinese Yuan Wang 5 è attraccata nel porto di Hambantota.", ["China", "Sri Lanka"]),
    # a ship with aid, goods, migrants or tourists is not
    ("La nave della Ong tedesca con 200 migranti è attraccata nel porto di Lampedusa.", None),
    ("Due navi da crociera avevano fatto scalo a Port Stanley.", None),
])
def test_a_state_s_ship_calling_at_a_port_is_a_visit(text, visit):
    ms = [m for m in mentions(text) if m[0] == "CONSULT"]
    assert ([m[2] for m in ms] == [visit]) if visit else not ms, ms


def test_a_passive_arrest_without_agent_is_by_the_latest_arrest_s_agent_and_a_name_is_no_place():
    ms = mentions("Due cittadini giordani, Heba al-Labadi e Abdul Rahman Miri, sono detenuti. Al-Labadi è stata "
                  "arrestata dalle autorità israeliane il 20 febbraio. Miri, malato di cancro, è stato fermato il 2 "
                  "marzo.")
    arrests = sorted(m[2] for m in ms if m[0] == "COERCE")
    assert arrests == [["Abdul Rahman Miri", "Israel"], ["Heba al-Labadi", "Israel"]], ms


def test_the_person_in_a_picture_is_no_party():
    ms = mentions("È la quarta volta che il colonnello Muammar Gheddafi viene in Italia: la prima visita ufficiale "
                  "risale al giugno 2009, quando si presentò con la foto dell'eroe anticoloniale Omar al-Mukhtar.")
    assert not [m for m in ms if "Omar al-Mukhtar" in m[2]], ms


def test_a_state_s_part_in_a_seminar_abroad_cancelled_on_its_own_day():
    ms = mentions("Il governo giordano ha richiamato il proprio ambasciatore a Tel Aviv. Oggi la Giordania ha annullato "
                  "la partecipazione di una sua delegazione al seminario sul gas previsto per mercoledì 10 marzo a "
                  "Eilat.")
    consult = {(m[1], m[3], tuple(m[2])) for m in ms if m[0] == "CONSULT"}
    assert consult == {("CANCELLED", "2021-03-10", ("Israel", "Jordan")),
                       ("OCCURRED", "2021-03-08", ("Israel", "Jordan"))}, ms


def test_a_dated_round_of_one_of_the_article_s_two_states_is_with_the_other():
    ms = mentions("Il Giappone ha richiamato l'ambasciatore in Russia. Mosca ha convocato l'ambasciatore del Giappone. "
                  "Secondo l'agenzia Kyodo, la Russia avrebbe anche rinviato il round di colloqui sulla pesca, in "
                  "programma lunedì 15 marzo a Yuzhno-Sakhalinsk.")
    assert [m[2] for m in ms if m[0] == "CONSULT"] == [["Japan", "Russia"]], ms


@pytest.mark.parametrize("text,expected", [
    # a joint committee's meeting (any form of 'misto', 'congiunto', 'permanente') is the two states'
    ("Il governo giordano ha richiamato il proprio ambasciatore in Israele. Israele ha convocato l'incaricato "
     "d'affari giordano. E la riunione del comitato misto per le risorse idriche, in programma lunedì 15 marzo, è "
     "stata rinviata.", [("POSTPONED", ["Israel", "Jordan"], "2021-03-15")]),
    # a meeting a postponement waits for is a point in time: the status and date are the visit's
    ("E la visita in Guyana del ministro degli Esteri venezuelano Yván Gil, ipotizzata per la settimana prossima, è "
     "stata rinviata a dopo la prima riunione della commissione congiunta.",
     [("POSTPONED", ["Guyana", "Yván Gil"], "2021-W11")]),
])
def test_joint_committees_and_meetings_a_postponement_waits_for(text, expected):
    ms = mentions(text)
    assert [(m[1], m[2], m[3]) for m in ms if m[0] == "CONSULT"] == expected, ms


def test_giving_up_a_visit_is_its_cancellation():
    ms = mentions("Il presidente ungherese Laszlo Solyom ha dovuto rinunciare ieri alla visita a Komarno, in Slovacchia.")
    assert [(m[1], m[2]) for m in ms if m[0] == "CONSULT"] == [("CANCELLED", ["László Sólyom", "Slovakia"])], ms
