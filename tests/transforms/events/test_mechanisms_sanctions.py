"""Table-driven tests (invented sentences, real taggers via explain) of sanction mechanisms: breaks 'tra X e Y' and
'con X' without 'diplomatiche', 'rotto con', cut flights and trade, expulsions of officials, 'persone non gradite',
recalls with their post ('ad Algeri', 'da Parigi') or with the target of the article's previous measure, states
acting each on its own ('a loro volta'), coordinated measures of one subject, a counterpart by office."""
import pytest

from schemas.models import Article
from transforms.events import explain


def mentions(text, published="2016-01-04"):
    e = explain(Article(id="t", text=text, published=published))
    return [(m["event_type"], m["status"], [p["name"] for p in m["actors"]], [p["name"] for p in m["recipients"]],
             (m.get("date") or {}).get("value")) for m in e["mentions"]]


def has(ms, etype, actors, recipients, status=None):
    return any(t == etype and sorted(a) == sorted(actors) and sorted(r) == sorted(recipients)
               and (status is None or st == status) for t, st, a, r, _ in ms)


FOUND = [
    # 'da' of a compound noun ('navi da trasporto') is no agent preposition
    ("Ieri il governo sudcoreano ha inserito nella sua lista nera due navi da trasporto russe e tre società di "
     "logistica.", ("SANCTION", ["South Korea"], ["Russia"], "OCCURRED")),
    # a package of sanctions approved: taken, whatever its relative clause says of its entry into force
    ("Oggi i governi dell'Unione europea hanno approvato un nuovo pacchetto di sanzioni contro la Russia, che però "
     "entrerà in vigore solo dopo una verifica della tregua.", ("SANCTION", ["European Union"], ["Russia"], "OCCURRED")),
    # a bare 'il governo' after the government of the state the article names most; a floated measure denied
    ("Il governo estone ha cancellato ieri le consultazioni consolari con la Russia. L'Estonia protesta. Secondo il "
     "quotidiano Postimees, il governo starebbe preparando anche l'espulsione di due diplomatici russi entro la fine "
     "del mese; il portavoce del governo ha smentito.", ("SANCTION", ["Estonia"], ["Russia"], "DENIED")),
    # a medium named after its noun is a source, not a party; a deputy high commissioner expelled
    ("Secondo il quotidiano The Express Tribune, il governo pachistano avrebbe deciso di espellere il vice alto "
     "commissario indiano.", ("SANCTION", ["Pakistan"], ["India"], None)),
    # infinitives of suspending cooperation and closing airspace, after a verb of deciding or a modal
    ("Il governo spagnolo ha deciso di sospendere la cooperazione militare con il Regno Unito.",
     ("SANCTION", ["Spain"], ["United Kingdom"], "OCCURRED")),
    ("Il governo spagnolo potrebbe chiudere lo spazio aereo agli aerei britannici.",
     ("SANCTION", ["Spain"], ["United Kingdom"], "UNCERTAIN")),
    # the expulsion of a consul, a chargé d'affaires or an attaché
    ("Nuovo strappo tra Ucraina e Ungheria. Ieri il governo ungherese ha annunciato l'espulsione di un "
     "console dell'ambasciata ucraina.", ("SANCTION", ["Hungary"], ["Ukraine"], "OCCURRED")),
    ("Sale la tensione tra Regno Unito e Spagna. Nel giugno 1969 il governo spagnolo chiuse la frontiera, riaperta "
     "solo nel 1985.", ("SANCTION", ["Spain"], ["United Kingdom"], "OCCURRED")),
    # border crossings closed in any verb form; the other side is the other state of the article's two; a closure
    # with no agent takes the sides of the latest closure, not the people who crossed
    ("La Slovenia protesta con la Croazia. Ieri sera il governo croato ha deciso di sbarrare da venerdì 8 gennaio anche i "
     "valichi di Obrežje e Metlika. La Slovenia non ha commentato.",
     ("SANCTION", ["Croatia"], ["Slovenia"], "PLANNED")),
    ("La Croazia contro la Slovenia. Ieri il governo croato ha chiuso i valichi con la Slovenia. Sabato erano già "
     "stati chiusi i quattro posti di frontiera del sud, dopo l'arrivo di seicento siriani. La Slovenia protesta.",
     ("SANCTION", ["Croatia"], ["Slovenia"], "OCCURRED")),
    # a loan frozen: an aid cut, reported
    ("Il quotidiano ha scritto che la Cina avrebbe congelato un prestito ponte da 200 milioni di dollari allo Sri "
     "Lanka.", ("SANCTION", ["China"], ["Sri Lanka"], "DISPUTED")),
    # military aid: an aircraft delivered to another state's force
    ("Lunedì la Marina indiana ha consegnato all'aeronautica srilankese un aereo da ricognizione Dornier.",
     ("AID", ["India"], ["Sri Lanka"], "OCCURRED")),
    # other kinds of cooperation suspended; an entry refused with an adverb before its object
    ("Martedì il governo boliviano ha sospeso la cooperazione antidroga con il Brasile.",
     ("SANCTION", ["Bolivia"], ["Brazil"], "OCCURRED")),
    ("Le autorità boliviane avrebbero anche negato ieri l'ingresso nel Paese a due funzionari brasiliani.",
     ("SANCTION", ["Bolivia"], ["Brazil"], "DISPUTED")),
    # stricter checks on goods or crossings; a noun measure's agent as the subject of its relative clause
    ("Ieri l'agenzia sanitaria russa ha annunciato controlli rafforzati sui fiori e sui latticini olandesi.",
     ("SANCTION", ["Russia"], ["Netherlands"], "OCCURRED")),
    ("Il traffico è crollato per i controlli rafforzati che il Kazakistan ha introdotto su tutti i valichi con il "
     "Kirghizistan.", ("SANCTION", ["Kazakhstan"], ["Kyrgyzstan"], "OCCURRED")),
    # the reportative conditional, and weekdays and 'gia'' among the adverbials: an alleged past measure, even after a
    # 'che' of reporting when its day is past
    ("Il quotidiano Informer ha scritto che il Montenegro avrebbe espulso gia' venerdi' anche l'addetto militare "
     "dell'ambasciata serba.", ("SANCTION", ["Montenegro"], ["Serbia"], "DISPUTED")),
    ("Secondo la stampa, il Kuwait avrebbe richiamato ieri il suo ambasciatore in Svezia.",
     ("SANCTION", ["Kuwait"], ["Sweden"], "DISPUTED")),
    # adverbials between the verb and its object (the {ADV} macro of the trigger file)
    ("Ieri il governo indiano ha sospeso «fino a nuovo avviso» il rilascio dei visti ai cittadini canadesi.",
     ("SANCTION", ["India"], ["Canada"], "OCCURRED")),
    ("Gli Emirati Arabi Uniti hanno richiamato a loro volta il proprio ambasciatore in Svezia.",
     ("SANCTION", ["United Arab Emirates"], ["Sweden"], "OCCURRED")),
    ("Il Niger ha revocato ieri con effetto immediato l'accordo di cooperazione militare con gli Stati Uniti.",
     ("SANCTION", ["Niger"], ["United States"], "OCCURRED")),
    ("Il governo serbo ha espulso ieri sera con effetto immediato due diplomatici croati.",
     ("SANCTION", ["Serbia"], ["Croatia"], "OCCURRED")),
    ("Il Pakistan ha sospeso con effetto immediato tutti gli scambi commerciali con l'India.",
     ("SANCTION", ["Pakistan"], ["India"], "OCCURRED")),
    ("Il Marocco ha sospeso a tempo indeterminato ogni contatto con l'ambasciata tedesca.",
     ("SANCTION", ["Morocco"], ["Germany"], "OCCURRED")),
    # a visa-free regime suspended (passive, the state the article is about acts); trucks stopped at the border
    ("Mosca ha varato sanzioni contro la Turchia. Dal primo gennaio sarà sospeso anche il regime senza visti.",
     ("SANCTION", ["Russia"], ["Turkey"], "PLANNED")),
    ("Già mercoledì le dogane russe avevano cominciato a fermare i tir turchi.",
     ("SANCTION", ["Russia"], ["Turkey"], "OCCURRED")),
    # an official or agent of another state expelled; a mission's presence reduced
    ("L'India ha protestato. Nella stessa giornata Ottawa ha espulso il capo della stazione dei servizi segreti "
     "indiani in Canada.", ("SANCTION", ["Canada"], ["India"], "OCCURRED")),
    ("Il Canada e l'India litigano. Già mercoledì sera l’Alta commissione canadese aveva ridotto temporaneamente la "
     "sua presenza nel Paese.", ("SANCTION", ["Canada"], ["India"], "OCCURRED")),
    # further measures not ruled out: uncertain
    ("Il ministro degli Esteri britannico Jeremy Hunt non ha escluso nuove misure contro la Repubblica islamica.",
     ("SANCTION", ["Jeremy Hunt", "United Kingdom"], ["Iran"], "UNCERTAIN")),
    # an agreement not renewed
    ("Il governo svedese ha deciso di non rinnovare il memorandum di cooperazione militare con l'Arabia Saudita.",
     ("SANCTION", ["Sweden"], ["Saudi Arabia"], "OCCURRED")),
    # arms purchases from a state suspended: the seller is the target
    ("La Colombia ha sospeso l'acquisto di armi da Israele.", ("SANCTION", ["Colombia"], ["Israel"], "OCCURRED")),
    # visas no longer issued; the Schengen area as a party
    ("Da mercoledì l'Arabia Saudita non rilascia più visti d'affari ai cittadini svedesi.",
     ("SANCTION", ["Saudi Arabia"], ["Sweden"], "OCCURRED")),
    ("La Libia ha smesso da domenica di concedere visti ai cittadini dell'area Schengen.",
     ("SANCTION", ["Libya"], ["Schengen Area"], "OCCURRED")),
    # a new levy on another state's goods; whose goods it hits, even far after the trigger
    ("Da oggi le autorità cinesi applicano una nuova tassa su ogni camion che attraversa il valico, da cui passa "
     "la quasi totalità delle esportazioni mongole.", ("SANCTION", ["China"], ["Mongolia"], "OCCURRED")),
    # envoys declared undesirable; imports banned; export controls announced; entry banned to a state's citizens;
    # participation in a treaty suspended; military agreements revoked
    ("Mosca ha dichiarato indesiderabili tre diplomatici tedeschi.", ("SANCTION", ["Russia"], ["Germany"], "OCCURRED")),
    ("La Russia ha messo al bando le importazioni di frutta dalla Moldavia.",
     ("SANCTION", ["Russia"], ["Moldova"], "OCCURRED")),
    ("Pechino ha annunciato controlli sulle esportazioni di gallio verso il Giappone.",
     ("SANCTION", ["China"], ["Japan"], "OCCURRED")),
    ("L'Egitto ha vietato l'ingresso ai cittadini del Qatar.", ("SANCTION", ["Egypt"], ["Qatar"], "OCCURRED")),
    ("La Russia ha sospeso la partecipazione al trattato New Start con gli Stati Uniti.",
     ("SANCTION", ["Russia"], ["United States"], "OCCURRED")),
    ("Il Niger ha revocato gli accordi militari con la Francia.", ("SANCTION", ["Niger"], ["France"], "OCCURRED")),
    # military training and arms sales suspended; the Kurdish region and its forces are a side of their own
    ("La Germania ha sospeso mercoledì l'addestramento dei peshmerga e le forniture di armi.",
     ("SANCTION", ["Germany"], ["Kurdistan Region"], "OCCURRED")),
    ("L'Iran aveva chiuso il proprio spazio aereo ai voli diretti nel Kurdistan.",
     ("SANCTION", ["Iran"], ["Kurdistan Region"], "OCCURRED")),
    ("Il governo iracheno ha bloccato i voli internazionali verso il Kurdistan.",
     ("SANCTION", ["Iraq"], ["Kurdistan Region"], "OCCURRED")),
    # a state closing its own missions in another; a reported recall of a high commissioner 'in' a state
    ("Il Ghana ha chiuso temporaneamente l'alto commissariato nella capitale nigeriana.",
     ("SANCTION", ["Ghana"], ["Nigeria"], "OCCURRED")),
    ("Secondo il quotidiano Punch, lunedì il Ghana avrebbe richiamato per consultazioni il proprio alto commissario "
     "in Nigeria.", ("SANCTION", ["Ghana"], ["Nigeria"], "DISPUTED")),
    # where travellers or goods come from is the target
    ("Il Giappone ha chiuso le frontiere a chi arriva dalla Cina.", ("SANCTION", ["Japan"], ["China"], "OCCURRED")),
    ("Il ministero del Commercio indiano ha annunciato dazi antidumping sulle importazioni di acciaio dalla Cina.",
     ("SANCTION", ["India"], ["China"], "OCCURRED")),
    # an envoy refused
    ("Anche l'Iran ha annunciato ieri che non accetterà il nuovo ambasciatore svedese.",
     ("SANCTION", ["Iran"], ["Sweden"], None)),
    # an exit ban on another state's citizens
    ("La Corea del Nord ha vietato oggi ai cittadini malesi che si trovano nel Paese di lasciarlo.",
     ("SANCTION", ["North Korea"], ["Malaysia"], "OCCURRED")),
    # a body suspending a member by a vote
    ("L'Unione africana ha sospeso la Guinea con 40 voti a favore.",
     ("SANCTION", ["African Union"], ["Guinea"], "OCCURRED")),
    # a treaty suspended; an expulsion 'a sua volta'
    # two states recalling 'i loro ambasciatori' with no other state named: each from the other
    ("Il Marocco e la Tunisia hanno richiamato i loro ambasciatori.",
     ("SANCTION", ["Morocco"], ["Tunisia"], "OCCURRED")),
    ("Il Marocco e la Tunisia hanno richiamato i loro ambasciatori.",
     ("SANCTION", ["Tunisia"], ["Morocco"], "OCCURRED")),
    ("Francia e Germania hanno richiamato i loro ambasciatori da Mosca.",
     ("SANCTION", ["Germany"], ["Russia"], "OCCURRED")),
    # a state's nationals expelled: a measure against their state (not people with no state named)
    ("La Corea del Nord ha espulso oggi tutti i 280 sudcoreani che lavoravano nel complesso industriale.",
     ("SANCTION", ["North Korea"], ["South Korea"], "OCCURRED")),
    ("Il Giappone ha espulso tre cittadini cinesi accusati di spionaggio.",
     ("SANCTION", ["Japan"], ["China"], "OCCURRED")),
    # a state's vehicles barred
    ("Martedì le autorità bielorusse hanno vietato a circa 1.700 camion lituani di rientrare in Lituania.",
     ("SANCTION", ["Belarus"], ["Lithuania"], "OCCURRED")),
    ("Dal 10 novembre le autorità russe hanno espulso oltre trecento lavoratori tagiki senza permesso.",
     ("SANCTION", ["Russia"], ["Tajikistan"], "OCCURRED")),
    ("Venerdì il ministero degli Esteri russo ha sospeso il memorandum con gli Stati Uniti sulla sicurezza dei voli.",
     ("SANCTION", ["Russia"], ["United States"], "OCCURRED")),
    ("Mercoledì sera il governo indiano ha sospeso il Trattato delle acque dell'Indo con il Pakistan.",
     ("SANCTION", ["India"], ["Pakistan"], "OCCURRED")),
    ("La Malesia ha espulso l'ambasciatore nordcoreano. Poche ore prima il regime di Pyongyang aveva espulso a sua "
     "volta l'ambasciatore malese.", ("SANCTION", ["North Korea"], ["Malaysia"], "OCCURRED")),
    # a body suspending a member 'da tutte le attività'; who acts in a later 'quando' clause is no party
    ("Ieri il Consiglio di pace e sicurezza dell'Unione africana ha sospeso il Madagascar da tutte le attività "
     "dell'organizzazione, giudicando incostituzionale il passaggio di poteri di martedì scorso, quando Ravalomanana "
     "aveva consegnato l'autorità ai militari.",
     ("SANCTION", ["African Union Peace and Security Council"], ["Madagascar"], "OCCURRED")),
    # funds frozen with an adverb and a day between verb and object
    ("L'Unione africana ha sospeso il Madagascar. La Norvegia aveva congelato già mercoledì i fondi della "
     "cooperazione.", ("SANCTION", ["Norway"], ["Madagascar"], "OCCURRED")),
    # a first-person recall in a quote is the speaker's; the envoy named is his own, 'in Italia' his home; the target
    # is the state of the sentence before
    ("Il Cairo ha convocato l'ambasciatore italiano. «Ho deciso di richiamare in Italia per consultazioni "
     "l'ambasciatore Maurizio Massari», ha annunciato il ministro degli Esteri Paolo Gentiloni.",
     ("SANCTION", ["Paolo Gentiloni", "Italy"], ["Egypt"], "OCCURRED")),
    # ... and a person named in a later clause is no target of a recall
    ("Il Cairo ha convocato l'ambasciatore italiano. «Ho deciso di richiamare in Italia per consultazioni "
     "l'ambasciatore Maurizio Massari», ha annunciato il ministro degli Esteri Paolo Gentiloni, chiedendo la verità "
     "sull'omicidio di Giulio Regeni.", ("SANCTION", ["Paolo Gentiloni", "Italy"], ["Egypt"], "OCCURRED")),
    # the target answering in kind ('e il giorno dopo il Venezuela aveva fatto lo stesso') acts against the first actor
    ("Il 27 agosto la Colombia aveva richiamato il suo ambasciatore per consultazioni, e il giorno dopo il Venezuela "
     "aveva fatto lo stesso.", ("SANCTION", ["Venezuela"], ["Colombia"], "OCCURRED")),
    # the same act in a sentence with no trigger of its own, its subject before or after the verb
    ("L'Argentina ha richiamato il proprio ambasciatore in Venezuela. In serata il Brasile ha fatto lo stesso.",
     ("SANCTION", ["Brazil"], ["Venezuela"], "OCCURRED")),
    ("Lunedì Arabia Saudita, Emirati Arabi Uniti, Bahrein ed Egitto hanno rotto le relazioni diplomatiche con il Qatar. "
     "In serata si sono aggiunti le Maldive.", ("SANCTION", ["Maldives"], ["Qatar"], "OCCURRED")),
    # a mission's level cut
    ("Ieri la Giordania ha ridotto il livello della sua rappresentanza diplomatica in Qatar.",
     ("SANCTION", ["Jordan"], ["Qatar"], "OCCURRED")),
    # envoys of other ranks expelled; a passive recall; a member suspended by a body (passive, multiword name)
    ("Ieri il governo delle Figi ha espulso l'alto commissario australiano James Batley.",
     ("SANCTION", ["Fiji"], ["Australia", "James Batley"], "OCCURRED")),
    ("Le Figi erano state sospese a maggio dal Forum delle isole del Pacifico.",
     ("SANCTION", ["Pacific Islands Forum"], ["Fiji"], "OCCURRED")),
    ("Lunedì l'Unione africana aveva sospeso la Repubblica Centrafricana dall'organizzazione.", ("SANCTION", ["African Union"], ["Central African Republic"], "OCCURRED")),
    # landing permits, flights and imports
    ("Sabato il governo olandese aveva revocato il permesso di atterraggio all'aereo del ministro degli Esteri turco "
     "Mevlut Cavusoglu.", ("SANCTION", ["Netherlands"], ["Mevlut Cavusoglu", "Turkey"], "OCCURRED")),
    ("Ieri il presidente russo Vladimir Putin ha sospeso, a partire dall'8 luglio, tutti i voli delle compagnie russe "
     "verso la Georgia.", ("SANCTION", ["Vladimir Putin", "Russia"], ["Georgia"], "OCCURRED")),
    ("Nel 2006 le autorità russe avevano bloccato per sette anni l'importazione di vini georgiani.",
     ("SANCTION", ["Russia"], ["Georgia"], "OCCURRED")),
    # suspended assistance programmes; a member suspended on a given day
    ("Washington, che aveva già sospeso una parte dei programmi di assistenza al Niger, chiede il rilascio di Bazoum.",
     ("SANCTION", ["United States"], ["Niger"], "OCCURRED")),
    ("L'Unione africana aveva già sospeso il Niger il 12 novembre.", ("SANCTION", ["African Union"], ["Niger"], "OCCURRED")),
    # a body suspending a member; suspended cooperation programmes; a recall only considered (one decision)
    ("L'Unione africana ha sospeso il Mali dall'organizzazione fino al ritorno dell'ordine costituzionale.",
     ("SANCTION", ["African Union"], ["Mali"], "OCCURRED")),
    ("Washington ha già sospeso i programmi di cooperazione militare con Tegucigalpa.",
     ("SANCTION", ["United States"], ["Honduras"], "OCCURRED")),
    ("Anche la Bolivia sta valutando di richiamare il proprio ambasciatore da Quito.",
     ("SANCTION", ["Bolivia"], ["Ecuador"], "UNCERTAIN")),
    # no longer recognising a leader or envoys; suspended military cooperation; a ban on imports
    ("L'Unione africana ha annunciato che da ieri non riconosce più il presidente gambiano Yahya Jammeh.",
     ("SANCTION", ["African Union"], ["Yahya Jammeh", "Gambia"], "OCCURRED")),
    ("L'Indonesia ha sospeso la cooperazione militare con l'Australia, comprese le esercitazioni congiunte.",
     ("SANCTION", ["Indonesia"], ["Australia"], "OCCURRED")),
    ("Polonia e Ungheria hanno imposto il blocco degli acquisti di grano ucraino.",
     ("SANCTION", ["Poland", "Hungary"], ["Ukraine"], "OCCURRED")),
    # a definite measure after another kind of sanction is a new one, not a back-reference
    ("Il governo del presidente ivoriano Laurent Gbagbo ha annunciato di non riconoscere più l'ambasciatore del Canada. "
     "L'Unione europea ha esteso il congelamento dei beni ad altri esponenti del campo di Gbagbo.",
     ("SANCTION", ["European Union"], ["Laurent Gbagbo", "Côte d'Ivoire"], "OCCURRED")),
    # asset freezes and travel bans, and a frozen financing
    ("L'Unione europea ha esteso ieri il divieto di visto e il congelamento dei beni ad altri esponenti del campo del "
     "presidente Laurent Gbagbo.", ("SANCTION", ["European Union"], ["Laurent Gbagbo"], "OCCURRED")),
    ("Intanto la Banca mondiale ha congelato i finanziamenti alla Costa d'Avorio.",
     ("SANCTION", ["World Bank"], ["Côte d'Ivoire"], "OCCURRED")),
    # a state company cutting supplies ('all'Ucraina': an elided preposition after the goods)
    ("Il primo gennaio Gazprom ha interrotto le forniture all'Ucraina.", ("SANCTION", ["Gazprom"], ["Ukraine"], None)),
    ("Ieri la Russia ha sospeso gli aiuti all'Ucraina.", ("SANCTION", ["Russia"], ["Ukraine"], None)),
    # considering a measure is uncertain; a suspension of aid after an aid convoy is no back-reference to it
    ("Giovedì un convoglio della Croce Rossa con materiale medico è arrivato a Goma. Regno Unito e Germania stanno "
     "valutando la sospensione degli aiuti bilaterali al Ruanda.",
     ("SANCTION", ["United Kingdom", "Germany"], ["Rwanda"], "UNCERTAIN")),
    # one recall per post, each towards the post's state
    ("La Francia ha richiamato per consultazioni i suoi ambasciatori a Washington e a Canberra.",
     ("SANCTION", ["France"], ["United States"], None)),
    ("La Francia ha richiamato per consultazioni i suoi ambasciatori a Washington e a Canberra.",
     ("SANCTION", ["France"], ["Australia"], None)),
    ("Ventiquattro ore dopo la rottura delle relazioni diplomatiche tra Arabia Saudita e Iran, la crisi si allarga.",
     ("SANCTION", ["Saudi Arabia"], ["Iran"], None)),
    ("Oggi il Bahrein ha annunciato l'interruzione dei rapporti con Teheran.",
     ("SANCTION", ["Bahrain"], ["Iran"], None)),
    ("Riad aveva già rotto con Teheran nel 1988.", ("SANCTION", ["Saudi Arabia"], ["Iran"], None)),
    ("Il ministro ha aggiunto che Riad interromperà anche i collegamenti aerei con l'Iran.",
     ("SANCTION", ["Saudi Arabia"], ["Iran"], "PLANNED")),
    ("Martedì l'Eliseo ha annunciato l'espulsione di dodici funzionari algerini.",
     ("SANCTION", ["France"], ["Algeria"], None)),
    ("Lunedì Algeri aveva dichiarato persone non gradite dodici dipendenti dell'ambasciata francese.",
     ("SANCTION", ["Algeria"], ["France"], None)),
    # an expelled envoy named by office and nationality is the target; a coordinated recall's post is no agent
    ("La Thailandia aveva espulso l'ambasciatore cambogiano e richiamato il proprio da Phnom Penh.",
     ("SANCTION", ["Thailand"], ["Cambodia"], None)),
    ("Da giugno la Cambogia ha sospeso le importazioni di frutta e carburante thailandesi.",
     ("SANCTION", ["Cambodia"], ["Thailand"], None)),
    # closed borders and suspended visas
    ("La Repubblica Dominicana ha chiuso da stamattina alle 6 tutte le frontiere terrestri, marittime e aeree con "
     "Haiti.", ("SANCTION", ["Dominican Republic"], ["Haiti"], None)),
    ("Già lunedì il governo dominicano aveva sospeso il rilascio dei visti ai cittadini haitiani.",
     ("SANCTION", ["Dominican Republic"], ["Haiti"], None)),
    # an ultimatum to an envoy is his expulsion; a recall 'per consultazioni'
    ("La giunta militare del Mali ha dato ieri 72 ore all'ambasciatore francese Joël Meyer per lasciare il paese.",
     ("SANCTION", ["Mali"], ["France", "Joël Meyer"], None)),
    ("Parigi ha preso atto della decisione e ha richiamato per consultazioni il proprio ambasciatore dal Mali.",
     ("SANCTION", ["France"], ["Mali"], None)),
    # a background simple past; La Paz, the seat of government (the capital is Sucre)
    ("Non sarebbe la prima rottura: nel 2008 La Paz espulse l'ambasciatore americano Philip Goldberg.",
     ("SANCTION", ["Bolivia"], ["United States", "Philip Goldberg"], None)),
    # an adjective inside 'la rottura immediata delle relazioni diplomatiche'; a closed embassy
    ("Taipei ha annunciato la rottura immediata delle relazioni diplomatiche con Kiribati.",
     ("SANCTION", ["Taiwan"], ["Kiribati"], None)),
    ("Lunedì Taiwan aveva chiuso la sua ambasciata a Honiara.", ("SANCTION", ["Taiwan"], ["Solomon Islands"], None)),
    # the post of a recalled envoy is the target; what follows the post is no agent
    ("Nel luglio 2024 Algeri aveva ritirato il suo ambasciatore da Parigi dopo il sostegno francese al piano "
     "marocchino.", ("SANCTION", ["Algeria"], ["France"], None)),
    # a recall without its post: against the target of the article's previous measure; 'starebbe' is uncertain
    # the verb's own subject, not the agent of a fronted participle; the post after a time adverb
    ("Dopo la destituzione di Fernando Lugo, votata ieri dal Senato, l'Argentina ha richiamato ieri sera il proprio "
     "ambasciatore ad Asuncion.", ("SANCTION", ["Argentina"], ["Paraguay"], None)),
    # an oil cut-off 'al Paese': against the target of the article's latest sanction; a future without accents
    ("L'Argentina ha richiamato il proprio ambasciatore ad Asuncion. Il presidente Hugo Chavez ha annunciato che "
     "Caracas sospendera' le forniture di petrolio al Paese.", ("SANCTION", ["Venezuela"], ["Paraguay"], "PLANNED")),
    ("Il Sudan ha rotto le relazioni diplomatiche con l'Iran. Il Kuwait starebbe valutando il richiamo del proprio "
     "ambasciatore.", ("SANCTION", ["Kuwait"], ["Iran"], "UNCERTAIN")),
    # supply routes and crossings closed, an eviction, export controls, a list of trusted partners, a landing stopped
    ("Ieri l'Uzbekistan ha deciso la chiusura delle rotte di rifornimento della Russia verso il Tagikistan.",
     ("SANCTION", ["Uzbekistan"], ["Russia", "Tajikistan"], "OCCURRED")),
    ("Nel 2012 la Turchia aveva chiuso per due settimane il valico principale ai camion siriani.",
     ("SANCTION", ["Turkey"], ["Syria"], "OCCURRED")),
    ("Il Kirghizistan ha dato alla Francia trenta giorni per lasciare la base aerea di Manas.",
     ("SANCTION", ["Kyrgyzstan"], ["France"], "OCCURRED")),
    ("Nel marzo 2015 la Cina aveva imposto controlli più severi sulle esportazioni verso l'Australia.",
     ("SANCTION", ["China"], ["Australia"], "OCCURRED")),
    ("Il governo cinese aveva escluso il Canada dalla lista dei partner commerciali affidabili.",
     ("SANCTION", ["China"], ["Canada"], "OCCURRED")),
    ("Ieri le autorità keniote hanno impedito l'atterraggio a Nairobi di un aereo somalo.",
     ("SANCTION", ["Kenya"], ["Somalia"], "OCCURRED")),
    # a declaration with a time word and quotes between the verb and 'persona non grata' (the verb is the act)
    ("Il governo peruviano ha dichiarato ieri «persona non grata» l’ambasciatore messicano.",
     ("SANCTION", ["Peru"], ["Mexico"], "OCCURRED")),
    # an entry ban on the person the sentence is about ('gli'), served by a note to his envoy
    ("Il presidente ungherese Laszlo Solyom era al confine, dopo che il governo slovacco gli aveva vietato "
     "l'ingresso nel Paese con una nota consegnata all'ambasciatore ungherese Antal Heizer.",
     ("SANCTION", ["Slovakia"], ["László Sólyom", "Hungary"], "OCCURRED")),
    # a body suspending 'il Paese' (the state the article is about), with a quoted effect
    ("Il Gabon vive un golpe. In Gabon i militari hanno preso il potere. Il 31 agosto il Consiglio di pace e "
     "sicurezza dell'Unione africana aveva sospeso il Paese \"con effetto immediato\".",
     ("SANCTION", ["African Union Peace and Security Council"], ["Gabon"], "OCCURRED")),
    # an adverb between 'chiuso' and the embassy
    ("Il Regno Unito ha espulso i diplomatici iraniani. Ieri la Norvegia ha chiuso temporaneamente la propria "
     "ambasciata.", ("SANCTION", ["Norway"], ["Iran"], "OCCURRED")),
    # 'ne ha decretato la sospensione': the member the previous measure hit
    ("A marzo l'Unione africana aveva sospeso il Mali. A maggio l'Ecowas ne ha decretato la sospensione piena.",
     ("SANCTION", ["Economic Community of West African States"], ["Mali"], "OCCURRED")),
    # who the copula follows is the one unwelcome; a condition clause's future is not the act's tense
    ("Il ministro degli Esteri venezuelano ha annunciato che il presidente guyanese è “persona non grata” in "
     "Venezuela finché non ritirerà le sue parole.",
     ("SANCTION", ["Delcy Rodríguez", "Venezuela"], ["David Granger", "Guyana"], "OCCURRED")),
    # border crossings closed, rail traffic blocked, part of the aid suspended
    ("Allora la Russia aveva chiuso quasi tutti i valichi con la Georgia per oltre un anno.",
     ("SANCTION", ["Russia"], ["Georgia"], "OCCURRED")),
    ("Nel 2006 la Russia aveva bloccato per due mesi il traffico ferroviario con la Georgia.",
     ("SANCTION", ["Russia"], ["Georgia"], "OCCURRED")),
    ("Secondo la stampa, l’amministrazione americana starebbe valutando di sospendere una parte degli aiuti "
     "all’Egitto.", ("SANCTION", ["United States"], ["Egypt"], "UNCERTAIN")),
    # expulsions in other tenses and in the passive
    ("La Francia espelle l'ambasciatore iraniano.", ("SANCTION", ["France"], ["Iran"], "OCCURRED")),
    ("Mosca espellerà a sua volta diplomatici estoni.", ("SANCTION", ["Russia"], ["Estonia"], None)),
    ("Due diplomatici russi sono stati espulsi dalla Polonia.", ("SANCTION", ["Poland"], ["Russia"], "OCCURRED")),
    ("L'Etiopia ha espulso sette funzionari dell'Onu.", ("SANCTION", ["Ethiopia"], ["United Nations"], "OCCURRED")),
    # a recall in the present; an adverb before the envoy
    ("La Cina richiama il proprio ambasciatore dalla Lituania.", ("SANCTION", ["China"], ["Lithuania"], None)),
    ("Il governo di Madrid ha ritirato definitivamente la sua ambasciatrice a Buenos Aires.",
     ("SANCTION", ["Spain"], ["Argentina"], "OCCURRED")),
    # trade: where the goods come from is the target; a plural '-ici' demonym
    ("La Cina ha sospeso le importazioni di salmone dalla Norvegia.", ("SANCTION", ["China"], ["Norway"], "OCCURRED")),
    ("Il Kenya ha bandito le importazioni di zucchero ugandese.", ("SANCTION", ["Kenya"], ["Uganda"], "OCCURRED")),
    ("La Russia ha vietato l'ingresso nel Paese a 25 parlamentari britannici.",
     ("SANCTION", ["Russia"], ["United Kingdom"], "OCCURRED")),
    # revocations, boycotts, consulates and offices closed, supplies cut, military accords denounced, troops sent away
    ("Israele ha revocato l'accredito ai diplomatici norvegesi.", ("SANCTION", ["Israel"], ["Norway"], "OCCURRED")),
    ("La Cina ha boicottato i prodotti lituani.", ("SANCTION", ["China"], ["Lithuania"], "OCCURRED")),
    ("Mosca ha chiuso il consolato americano a San Pietroburgo.",
     ("SANCTION", ["Russia"], ["United States"], "OCCURRED")),
    ("La Russia ha tagliato le forniture di gas all'Ucraina.", ("SANCTION", ["Russia"], ["Ukraine"], "OCCURRED")),
    ("Il Niger ha denunciato gli accordi militari con la Francia.", ("SANCTION", ["Niger"], ["France"], "OCCURRED")),
    ("Il Burkina Faso ha ordinato il ritiro delle truppe francesi.",
     ("SANCTION", ["Burkina Faso"], ["France"], "OCCURRED")),
    # a single diplomat; relations downgraded; trade frozen; flights of a state's airlines banned; funds withheld
    ("L'India ha espulso a sua volta un diplomatico canadese.", ("SANCTION", ["India"], ["Canada"], "OCCURRED")),
    ("La Cina ha declassato le relazioni diplomatiche con la Lituania.",
     ("SANCTION", ["China"], ["Lithuania"], "OCCURRED")),
    ("L'Australia ha ridotto il livello delle relazioni con Nauru.", ("SANCTION", ["Australia"], ["Nauru"], "OCCURRED")),
    ("L'Algeria ha congelato il commercio con la Spagna.", ("SANCTION", ["Algeria"], ["Spain"], "OCCURRED")),
    ("La Turchia ha vietato i voli delle compagnie armene.", ("SANCTION", ["Turkey"], ["Armenia"], "OCCURRED")),
    ("Israele ha bloccato il trasferimento dei fondi all'Autorità palestinese.",
     ("SANCTION", ["Israel"], ["Palestinian Authority"], "OCCURRED")),
    # an arrest of another state's citizens
    ("L'Iran ha arrestato due cittadini francesi.", ("COERCE", ["Iran"], ["France"], "OCCURRED")),
    # a trade freeze: 'ogni nuovo accordo commerciale'
    ("L'Arabia Saudita ha congelato ogni nuovo accordo commerciale con il Canada.",
     ("SANCTION", ["Saudi Arabia"], ["Canada"], "OCCURRED")),
    # a verb of stopping composed with what is stopped, in any verb form (the {HALT}/{HALTED} macros)
    ("Secondo il quotidiano, l'Egitto avrebbe sospeso martedì anche il rilascio di nuovi visti ai cittadini sudanesi.",
     ("SANCTION", ["Egypt"], ["Sudan"], "DISPUTED")),
    ("Il governo etiope aveva sospeso già lunedì sera le attività dell'ambasciata in Eritrea.",
     ("SANCTION", ["Ethiopia"], ["Eritrea"], "OCCURRED")),
    ("La Norvegia ha sospeso ieri 40 milioni di corone di aiuti al Malawi.",
     ("SANCTION", ["Norway"], ["Malawi"], "OCCURRED")),
    ("Le autorità russe hanno annunciato la sospensione di tutte le importazioni di vino dalla Moldavia.",
     ("SANCTION", ["Russia"], ["Moldova"], "OCCURRED")),
    # an embassy or consulate closed, one's own or the other state's
    ("Il quotidiano ha scritto che la Serbia avrebbe chiuso sabato anche il suo consolato generale a Scutari, in "
     "Albania.", ("SANCTION", ["Serbia"], ["Albania"], "DISPUTED")),
    # an envoy recalled in a participle clause: from the place he left
    ("L'ambasciatore norvegese aveva già lasciato Nairobi, richiamato per consultazioni.",
     ("SANCTION", ["Norway"], ["Kenya"], "OCCURRED")),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[c[0][:40] for c in FOUND])
def test_found(text, expected):
    ms = mentions(text)
    etype, actors, recipients, status = expected
    assert has(ms, etype, actors, recipients, status), ms


def test_the_same_act_the_day_after_is_dated_by_its_own_anaphoric_day():
    ms = mentions("Il 18 febbraio l'India aveva richiamato per consultazioni il suo alto commissario in Pakistan, e il "
                  "governo pachistano aveva fatto lo stesso il giorno dopo.")
    assert sorted((a, r, d) for t, _, a, r, d in ms if t == "SANCTION") == [
        (["India"], ["Pakistan"], "2016-02-18"), (["Pakistan"], ["India"], "2016-02-19")], ms


def test_a_date_opening_a_coordinated_clause_with_a_listed_subject_dates_that_clause():
    ms = mentions("Altri paesi si sono mossi: giovedì la Slovacchia ha espulso tre diplomatici russi, e venerdì Lituania, "
                  "Lettonia ed Estonia ne hanno espulso uno ciascuno.")
    assert sorted((sorted(a), d) for t, _, a, _, d in ms if t == "SANCTION") == [
        (["Estonia", "Latvia", "Lithuania"], "2016-01-01"), (["Slovakia"], "2015-12-31")], ms


@pytest.mark.parametrize("text, day", [
    # the day of announcing a measure named right after the verb
    ("Il Tesoro americano ha annunciato mercoledì 30 dicembre sanzioni contro la Russia.", "2015-12-30"),
    ("Il Tesoro americano ha annunciato ieri nuove sanzioni contro la Russia.", "2016-01-03"),
    # a 'from' day of a measure in force dates it, after the verb or inside its trigger; 'lo stesso giorno' after a
    # 'Da <day>' is that day ('Da mercoledì' opens no span without 'a <day>')
    ("La Libia ha smesso da domenica di concedere visti ai cittadini dell'area Schengen.", "2016-01-03"),
    ("La Libia ha sospeso da domenica i visti ai cittadini svizzeri.", "2016-01-03"),
    ("Da sabato 2 gennaio l'Arabia Saudita non rilascia più visti ai cittadini svedesi, e lo stesso giorno gli Emirati "
     "hanno richiamato il proprio ambasciatore in Svezia.", "2016-01-02"),
    # the deadline of a measure told as taken is no day of it (and the envoys may be qualified at length)
    ("Ieri il governo svedese ha ordinato ai diplomatici russi rimasti in Svezia di lasciare il paese entro cinque "
     "giorni.", "2016-01-03"),
])
def test_a_from_day_dates_the_measure(text, day):
    ms = mentions(text)
    assert ms and all(d == day for t, _, _, _, d in ms if t == "SANCTION"), ms


def test_a_list_of_measures_after_a_colon_is_one_measure_per_item():
    ms = mentions("Ieri il governo di Taiwan ha varato una serie di misure: congelate le nuove assunzioni di lavoratori "
                  "filippini, richiamato il proprio rappresentante nelle Filippine e sospesi gli scambi ad alto livello.")
    got = [(a, r) for t, _, a, r, _ in ms if t == "SANCTION"]
    assert got == [(["Taiwan"], ["Philippines"])] * 3, ms
    # a decree told in the present ('vieta le importazioni ..., ferma i voli') is one measure
    ms = mentions("Il presidente russo ha firmato un decreto che adotta misure contro la Turchia: vieta le importazioni "
                  "di frutta turca e ferma i voli charter.")
    assert len([t for t, *_ in ms if t == "SANCTION"]) <= 1, ms


def test_participles_sharing_a_measures_auxiliary_are_measures_of_their_own():
    ms = mentions("L'India accusa il Pakistan. Mercoledì sera il governo indiano ha sospeso il Trattato delle acque "
                  "dell'Indo, firmato nel 1960, chiuso il valico di Attari, revocato i visti concessi ai cittadini "
                  "pakistani e dichiarato persona non grata gli addetti militari dell'Alta commissione pakistana.")
    assert len([1 for t, _, a, r, _ in ms if t == "SANCTION" and a == ["India"] and r == ["Pakistan"]]) == 4, ms
    # a recall of one's own envoy after an expulsion is one downgrade, not a second measure
    ms = mentions("La Thailandia aveva espulso l'ambasciatore cambogiano e richiamato il proprio da Phnom Penh.")
    assert len([t for t, *_ in ms if t == "SANCTION"]) == 1, ms


def test_a_measure_by_a_subject_no_list_knows_is_the_other_state_of_the_scenes():
    ms = mentions("L'India accusa il Pakistan. Il Pakistan accusa l'India. Mercoledì sera il Comitato di gabinetto per la "
                  "sicurezza ha revocato i visti concessi ai cittadini pakistani.")
    assert has(ms, "SANCTION", ["India"], ["Pakistan"]), ms


def test_states_acting_each_on_its_own_are_one_record_each():
    ms = mentions("Oggi il Bahrein e il Sudan hanno annunciato a loro volta l'interruzione dei rapporti con Teheran.")
    assert has(ms, "SANCTION", ["Bahrain"], ["Iran"]) and has(ms, "SANCTION", ["Sudan"], ["Iran"]), ms


def test_states_recalling_their_envoys_are_one_record_each_and_no_target_after_mentre():
    ms = mentions("Il Regno Unito ha espulso i diplomatici iraniani. Altri governi europei hanno seguito l’esempio: "
                  "mercoledì la Francia, la Germania e i Paesi Bassi hanno richiamato per consultazioni i loro "
                  "ambasciatori, mentre la Norvegia ha chiuso la propria ambasciata.")
    got = sorted((m[2], m[3]) for m in ms if m[0] == "SANCTION")
    assert got == [(["France"], ["Iran"]), (["Germany"], ["Iran"]), (["Netherlands"], ["Iran"]), (["Norway"], ["Iran"]),
                   (["United Kingdom"], ["Iran"])], ms


@pytest.mark.parametrize("text,day", [
    # a future 'from' date dates the measure it opens
    ("La compagnia saudita ha annunciato che da lunedì 18 gennaio sospenderà tutti i voli da e per il Canada.",
     "2016-01-18"),
    ("A partire dal 20 gennaio l'Arabia Saudita sospenderà tutti i voli da e per il Canada.", "2016-01-20"),
    # a past day opens a measure taken that day
    ("Da mercoledì il governo saudita ha sospeso i voli commerciali da e per il Canada.", "2015-12-30"),
    ("Dal primo dicembre l'Arabia Saudita ha chiuso le frontiere a chi arriva dal Canada.", "2015-12-01"),
    # a past 'since' date does not
    ("L'Arabia Saudita ha annunciato oggi che sospenderà tutti i voli da e per il Canada, sospesi in parte dal 2 "
     "gennaio.", "2016-01-04"),
])
def test_a_from_date_dates_the_measure(text, day):
    got = [m[4] for m in mentions(text) if m[0] == "SANCTION"]
    assert got == [day], got


def test_measures_listed_after_a_colon_take_its_day():
    ms = mentions("La risposta dell'Ecowas era arrivata il 9 gennaio, al vertice straordinario di Accra: chiusura delle "
                  "frontiere terrestri e aeree con il Mali e richiamo degli ambasciatori da Bamako.")
    got = [(m[2], m[3], m[4]) for m in ms if m[0] == "SANCTION"]
    assert got == [(["Economic Community of West African States"], ["Mali"], "2016-01-09")] * 2, ms


def test_the_same_act_by_another_state():
    ms = mentions("L'Argentina ha richiamato ieri sera il proprio ambasciatore ad Asuncion, e oggi il Brasile ha fatto "
                  "lo stesso, convocando a Brasilia il suo rappresentante.")
    assert has(ms, "SANCTION", ["Argentina"], ["Paraguay"]) and has(ms, "SANCTION", ["Brazil"], ["Paraguay"]), ms
    assert [m[4] for m in ms if m[2] == ["Brazil"]] == ["2016-01-04"], ms


def test_relations_a_clitic_stands_for_are_broken_with_the_same_state_on_their_own_day():
    ms = mentions("Il Perù ha rotto martedì le relazioni diplomatiche con il Venezuela, mentre Panama le aveva già "
                  "sospese lunedì sera.", "2016-01-08")
    got = sorted((m[2], m[3], m[4]) for m in ms if m[0] == "SANCTION")
    assert got == [(["Panama"], ["Venezuela"], "2016-01-04"), (["Peru"], ["Venezuela"], "2016-01-05")], ms
    # a clitic for sanctions suspended is no break of relations
    ms = mentions("L'Ue ha imposto sanzioni alla Bielorussia, mentre la Svizzera le aveva già sospese.")
    assert not has(ms, "SANCTION", ["Switzerland"], ["Belarus"]), ms


def test_envoys_who_must_leave_a_state_are_expelled_by_it_on_the_day_the_next_sentence_says_it_was_decided():
    ms = mentions("Dieci diplomatici cubani dovranno lasciare il Messico entro sette giorni. Lo ha deciso ieri il "
                  "ministero degli Esteri, che ha consegnato la lista all'ambasciatore.", "2016-01-08")
    got = [(m[1], m[2], m[3], m[4]) for m in ms if m[0] == "SANCTION"]
    assert got == [("OCCURRED", ["Mexico"], ["Cuba"], "2016-01-07")], ms


def test_envoys_who_must_leave_after_their_expulsion_are_no_second_measure():
    ms = mentions("Ieri il Messico ha espulso dieci diplomatici cubani. I diplomatici cubani dovranno lasciare il "
                  "Messico entro venerdì.", "2016-01-08")
    assert len([m for m in ms if m[0] == "SANCTION"]) == 1, ms


def test_ne_clitic_expulsion_by_a_list_of_states():
    ms = mentions("Giovedì la Slovacchia ha espulso tre diplomatici russi, e venerdì Lituania, Lettonia ed Estonia ne "
                  "hanno espulso uno ciascuno, in solidarietà con l'alleato ceco.")
    assert has(ms, "SANCTION", ["Slovakia"], ["Russia"]), ms
    assert has(ms, "SANCTION", ["Lithuania", "Latvia", "Estonia"], ["Russia"]), ms


def test_a_decision_to_cut_an_embassy_is_the_sanction_itself():
    ms = mentions("Giovedì sera Praga ha deciso di ridurre il personale dell'ambasciata russa.")
    assert has(ms, "SANCTION", ["Czech Republic"], ["Russia"], "OCCURRED"), ms


def test_recall_with_no_measure_before_is_from_the_state_the_article_is_about():
    # the visiting ministers' states do not count: only states and places name what the article is about
    ms = mentions("COLOMBO, 29 APR - I ministri degli Esteri britannico e francese, David Miliband e Bernard Kouchner, "
                  "sono arrivati a Colombo. Miliband e Kouchner hanno chiesto una tregua allo Sri Lanka. Lunedì lo Sri "
                  "Lanka ha negato il visto al ministro svedese Carl Bildt. La Svezia ha reagito ieri richiamando per "
                  "consultazioni la propria ambasciatrice.", published="2009-04-29")
    assert has(ms, "SANCTION", ["Sweden"], ["Sri Lanka"]), ms


def test_states_acting_together_are_one_record():
    ms = mentions("Lunedì Arabia Saudita, Emirati Arabi Uniti, Bahrein ed Egitto hanno interrotto le relazioni "
                  "diplomatiche con Doha.")
    sanctions = [m for m in ms if m[0] == "SANCTION"]
    assert len(sanctions) == 1 and len(sanctions[0][2]) == 4, ms


def test_coordinated_measures_of_one_subject_are_two_records():
    ms = mentions("Martedì l'Eliseo ha annunciato l'espulsione di dodici funzionari algerini in Francia e il richiamo "
                  "\"per consultazioni\" dell'ambasciatore ad Algeri.")
    assert len([m for m in ms if m[0] == "SANCTION" and m[2] == ["France"] and m[3] == ["Algeria"]]) == 2, ms


def test_counterpart_by_office_not_the_only_person_of_that_country():
    # the only Iranian named is the Supreme Leader; 'il collega iraniano' of a foreign minister is Iran's
    ms = mentions("La Guida suprema Ali Khamenei ha promesso vendetta. Il segretario di Stato americano John Kerry ha "
                  "telefonato ieri sera al ministro degli Esteri saudita Adel al-Jubeir e poi al collega iraniano.")
    calls = [m for m in ms if m[0] == "CONSULT"]
    names = [sorted(m[2] + m[3]) for m in calls]
    # (the counterpart, never named, also stands for his state)
    assert ["Adel al-Jubeir", "John Kerry"] in names and ["Iran", "John Kerry", "Mohammad Javad Zarif"] in names, ms


def test_a_person_the_text_never_names_brings_his_state():
    ms = mentions("Il presidente somalo Mohamed Abdullahi Farmaajo è a Mogadiscio. Il premier etiope ha telefonato "
                  "ieri sera a Farmaajo.", published="2020-12-16")
    calls = [sorted(m[2] + m[3]) for m in ms if m[0] == "CONSULT"]
    assert ["Abiy Ahmed", "Ethiopia", "Mohamed Abdullahi Farmaajo"] in calls, ms


def test_a_recall_for_consultations_is_no_meeting():
    ms = mentions("Il 27 agosto la Colombia aveva richiamato il suo ambasciatore da Caracas per consultazioni.")
    assert [m[0] for m in ms] == ["SANCTION"], ms


def test_verbs_of_one_subject_are_one_measure_each():
    # each verb after a comma or 'e' shares the subject; the names between are earlier objects, not agents
    ms = mentions("Martedì il Marocco ha richiamato il proprio ambasciatore, Benali, ha dato 72 ore all'ambasciatore "
                  "algerino per lasciare il Paese e ha sospeso tutte le importazioni dall'Algeria.")
    got = [(m[2], m[3]) for m in ms if m[0] == "SANCTION"]
    assert got == [(["Morocco"], ["Algeria"])] * 3, ms


def test_a_party_followed_by_a_verb_opens_a_clause_of_its_own():
    # '..., l'Oman ha richiamato ...': not the expulsion's target; each recall is against the expelled envoy's state
    ms = mentions("Ieri il Qatar ha espulso l'ambasciatore egiziano, l'Oman ha richiamato il proprio rappresentante e "
                  "la Giordania ha ritirato i suoi diplomatici.")
    got = sorted((m[2], m[3]) for m in ms if m[0] == "SANCTION")
    assert got == [(["Jordan"], ["Egypt"]), (["Oman"], ["Egypt"]), (["Qatar"], ["Egypt"])], ms


def test_an_aid_cut_with_no_receiver_is_for_the_state_the_article_is_about():
    # not the target of the latest measure (the supply routes of the Alliance)
    ms = mentions("Il Pakistan ha chiuso le rotte di rifornimento della Nato. Il Pakistan protesta. A luglio gli Stati "
                  "Uniti avevano sospeso 800 milioni di dollari di aiuti militari.")
    assert has(ms, "SANCTION", ["United States"], ["Pakistan"]), ms


def test_an_order_to_the_respective_envoys_is_one_measure_per_state():
    ms = mentions("Oggi la Svezia e la Norvegia hanno risposto con la stessa moneta, ordinando ai rispettivi "
                  "ambasciatori russi di fare le valigie.")
    got = sorted((m[2], m[3]) for m in ms if m[0] == "SANCTION")
    assert got == [(["Norway"], ["Russia"]), (["Sweden"], ["Russia"])], ms


def test_a_body_the_gazetteer_names_is_not_an_institution_of_the_state():
    ms = mentions("Lo stesso giorno l'Autorità nazionale palestinese ha richiamato il suo ambasciatore ad Abu Dhabi.")
    assert has(ms, "SANCTION", ["Palestinian Authority"], ["United Arab Emirates"]), ms


def test_states_acting_on_their_own_initiative_are_one_record_each():
    ms = mentions("Lettonia ed Estonia hanno imposto di propria iniziativa il blocco degli acquisti di grano russo.")
    got = sorted((m[2], m[3]) for m in ms if m[0] == "SANCTION")
    assert got == [(["Estonia"], ["Russia"]), (["Latvia"], ["Russia"])], ms


def test_a_measure_against_the_envoys_of_several_states_is_one_per_state():
    ms = mentions("Ieri il governo del Venezuela ha espulso l'ambasciatore colombiano e l'incaricato d'affari peruviano.")
    got = sorted((m[2], sorted(m[3])) for m in ms if m[0] == "SANCTION")
    assert got == [(["Venezuela"], ["Colombia"]), (["Venezuela"], ["Peru"])], ms


@pytest.mark.parametrize("text, expected", [
    # the states listed after a colon
    ("Il governo del Cile ha ordinato ieri l'espulsione del personale diplomatico di tre Paesi: Bolivia, Ecuador e "
     "Paraguay.", [(["Chile"], ["Bolivia"]), (["Chile"], ["Ecuador"]), (["Chile"], ["Paraguay"])]),
    # the subject of the 'dopo che' clause orders the measure, not the subject of the main clause
    ("I diplomatici bulgari hanno lasciato ieri il Perù, dopo che il governo peruviano aveva ordinato l'espulsione "
     "del personale diplomatico di due Paesi: Bolivia ed Ecuador.", [(["Peru"], ["Bolivia"]), (["Peru"], ["Ecuador"])]),
    # flights to a coordinated pair of states
    ("Da lunedì il governo cubano ha sospeso i voli commerciali da e per Haiti e la Giamaica.",
     [(["Cuba"], ["Haiti"]), (["Cuba"], ["Jamaica"])]),
    # a state named in another phrase is no second target
    ("Il Tesoro americano ha annunciato sanzioni contro una rete di società che trasportano petrolio iraniano "
     "verso la Cina.", [(["United States"], ["China", "Iran"])]),
])
def test_a_measure_against_a_list_of_states_is_one_per_state(text, expected):
    got = sorted((m[2], sorted(m[3])) for m in mentions(text) if m[0] == "SANCTION")
    assert got == expected


def test_restrictions_lifted_are_no_sanction():
    ms = mentions("Tokyo ha annunciato la revoca delle restrizioni all'export verso la Corea del Sud.")
    assert not [m for m in ms if m[0] == "SANCTION"], ms


def test_the_speaker_after_a_quote_is_no_target():
    ms = mentions("La Lega araba ha approvato sanzioni contro la Siria. «Le sanzioni colpiscono il regime, non il "
                  "popolo», ha assicurato il segretario generale Amr Moussa.", "2011-11-28")
    assert not any("Amr Moussa" in m[3] for m in ms if m[0] == "SANCTION"), ms


@pytest.mark.parametrize("text, holder, held", [
    # passive, with the place it happened in: that place's state holds; the requester is no party
    ("Quel giorno Meng Wanzhou, direttrice finanziaria di Huawei, viene arrestata all'aeroporto di Vancouver su "
     "richiesta degli Stati Uniti.", ["Canada"], ["Meng Wanzhou"]),
    # passive with its agent
    ("L'attivista Ahmed Mansour è stato arrestato dalla polizia emiratina.", ["United Arab Emirates"],
     ["Ahmed Mansour"]),
    # active, with an unnamed police: the state of the place it happened in ('a Dandong', not 'con la Corea del Nord')
    ("Lo stesso giorno, a Dandong, al confine con la Corea del Nord, la polizia ha fermato Michael Spavor.",
     ["China"], ["Michael Spavor"]),
    ("Il 3 gennaio la polizia russa ha arrestato a Mosca il console ucraino Alexander Sosonyuk.", ["Russia"],
     ["Alexander Sosonyuk"]),
])
def test_an_arrest_is_coercion_of_the_person_held(text, holder, held):
    assert has(mentions(text), "COERCE", holder, held, "OCCURRED"), mentions(text)


# relief: what carries it, who gives it, who receives it
@pytest.mark.parametrize("text, expected", [
    pytest.param("Sono arrivate oggi nel porto di Nuku'alofa due navi della marina neozelandese, con 250.000 litri di "
                 "acqua potabile per Tonga, devastata dall'eruzione del vulcano Hunga Tonga.",
                 [("AID", ["New Zealand"], ["Tonga"])], id="ship-with-relief-receiver-not-donor"),
    pytest.param("Nuova Zelanda e Australia aiutano Tonga. Ieri sono atterrati a Tonga i primi voli di soccorso: un "
                 "C-130 dell'aeronautica neozelandese e un C-17 australiano.",
                 [("AID", ["New Zealand"], ["Tonga"]), ("AID", ["Australia"], ["Tonga"])],
                 id="relief-flights-one-per-donor"),
    pytest.param("La Francia ha fatto arrivare a Erevan un aereo con 20 tonnellate di materiale sanitario.",
                 [("AID", ["France"], ["Armenia"])], id="destination-before-vehicle"),
    pytest.param("Due navi hanno portato aiuti a Tonga. La Cina consegnerà viveri e materiale sanitario attraverso la "
                 "Croce Rossa.", [("AID", ["China"], ["Tonga"])], id="future-delivery-channel-not-receiver"),
    pytest.param("Navi cinesi hanno speronato e colpito con cannoni ad acqua le unità vietnamite.", [],
                 id="water-cannon-no-relief"),
])
def test_relief(text, expected):
    got = [(t, a, r) for t, _, a, r, _ in mentions(text) if t == "AID"]
    for e in expected:
        assert e in got, got
    if not expected:
        assert got == []


def test_a_measure_taken_at_a_hosted_summit():
    # the summit's host takes part; the measure takes the summit's day; its verb 'sospeso' postpones nothing; a
    # participle sharing the auxiliary ('e trasferito ... da Libreville') is another act with its own objects
    ms = mentions("La missione è stata decisa lunedì 4 settembre a Malabo, in Guinea Equatoriale, dove i capi di Stato della "
                  "Ceeac, riuniti in un vertice straordinario ospitato dal presidente Teodoro Obiang, hanno sospeso il "
                  "Gabon da tutte le attività dell'organizzazione e trasferito provvisoriamente la sede del "
                  "segretariato da Libreville a Malabo.", "2023-09-08")
    sanctions = [m for m in ms if m[0] == "SANCTION"]
    assert len(sanctions) == 1 and sanctions[0][3] == ["Gabon"] and sanctions[0][4] == "2023-09-04", ms
    assert "Economic Community of Central African States" in sanctions[0][2], ms
    summit = [m for m in ms if m[0] == "CONSULT"]
    assert summit and summit[0][1] == "OCCURRED" and "Teodoro Obiang Nguema Mbasogo" in summit[0][2], ms


@pytest.mark.parametrize("text, published, expected", [
    # money or supplies promised, offered or given to a state named before the amount; the giver is who confirms
    pytest.param("L'Italia invierà a Kiev una seconda batteria antiaerea Samp-T entro l'estate.", "2023-05-03",
                 ("AID", ["Italy"], ["Ukraine"]), id="one-battery"),
    pytest.param("Pechino ha promesso al Pakistan 9 miliardi di dollari in crediti agevolati.", "2023-05-03",
                 ("AID", ["China"], ["Pakistan"]), id="promised-to"),
    pytest.param("Il Regno Unito ha offerto al Libano un pacchetto di aiuti da 20 milioni di sterline.", "2023-05-03",
                 ("AID", ["United Kingdom"], ["Lebanon"]), id="offered-to"),
    pytest.param("La Germania ha donato alla Giordania dieci milioni di euro.", "2023-05-03",
                 ("AID", ["Germany"], ["Jordan"]), id="donated-to"),
    pytest.param("Il Giappone ha confermato la fornitura di altre cinque motovedette alla guardia costiera filippina.",
                 "2023-05-03", ("AID", ["Japan"], ["Philippines"]), id="supply-confirmed"),
    pytest.param("Nel maggio 2009 l'Italia ha consegnato alla Libia tre motovedette della Guardia di Finanza.",
                 "2010-08-29", ("AID", ["Italy"], ["Libya"]), id="equipment-handed-over"),
    pytest.param("Il ministro degli Esteri italiano Antonio Tajani ha annunciato \"un ulteriore contributo\" di tre "
                 "milioni di euro per il Sud Sudan.", "2024-05-10", ("AID", ["Antonio Tajani", "Italy"], ["South Sudan"]),
                 id="contribution-in-words"),
    # troops sent at the receiver's request: military assistance; transport aircraft and officers sent
    pytest.param("Il Ciad aveva inviato il 9 luglio mille soldati, su richiesta del presidente nigerino.", "2021-08-10",
                 ("AID", ["Chad"], ["Mohamed Bazoum"]), id="troops-on-request"),
    pytest.param("Il Mali è in crisi. Anche il Senegal manderà un aereo da trasporto e una ventina di ufficiali entro la "
                 "fine della settimana.", "2021-08-10", ("AID", ["Senegal"], ["Mali"]), id="aircraft-and-officers"),
    # a cap lowered, weighed with a modal
    pytest.param("La Corea del Nord e il Giappone sono in crisi. Il Giappone potrebbe inoltre abbassare il tetto delle "
                 "rimesse verso la Corea del Nord.", "2010-05-24", ("SANCTION", ["Japan"], ["North Korea"]),
                 id="cap-lowered-weighed"),
    # aircraft handed over, a week between
    pytest.param("Gli Stati Uniti consegneranno la prossima settimana due aerei da ricognizione alla marina filippina.",
                 "2021-03-26", ("AID", ["United States"], ["Philippines"]), id="reconnaissance-aircraft"),
    # envoys of each side recalled: each state from the other
    pytest.param("Egitto e Turchia sono in crisi. I due Paesi avevano già richiamato i rispettivi ambasciatori ad agosto.",
                 "2013-11-24", ("SANCTION", ["Egypt"], ["Turkey"]), id="mutual-recall-1"),
    pytest.param("Egitto e Turchia sono in crisi. I due Paesi avevano già richiamato i rispettivi ambasciatori ad agosto.",
                 "2013-11-24", ("SANCTION", ["Turkey"], ["Egypt"]), id="mutual-recall-2"),
    # police sent, cue or not; forces that arrive sent to help, police that land, soldiers of a state expected
    pytest.param("Le Isole Salomone sono in crisi. Anche la Nuova Zelanda invierà la prossima settimana una squadra di una "
                 "quindicina di militari e poliziotti.", "2021-11-27", ("AID", ["New Zealand"], ["Solomon Islands"]),
                 id="police-sent"),
    pytest.param("Sono arrivati giovedì sera a Honiara i primi poliziotti e soldati australiani inviati per riportare "
                 "l'ordine.", "2021-11-27", ("AID", ["Australia"], ["Solomon Islands"]), id="forces-arrived"),
    pytest.param("Ieri è atterrato a Honiara un aereo con 34 agenti di polizia della Papua Nuova Guinea.", "2021-11-27",
                 ("AID", ["Papua New Guinea"], ["Solomon Islands"]), id="police-landed"),
    pytest.param("Le Isole Salomone sono in crisi. Il governo delle Isole Salomone chiede aiuto. Domani sono attesi "
                 "cinquanta soldati delle Figi.", "2021-11-27", ("AID", ["Fiji"], ["Solomon Islands"]),
                 id="soldiers-expected"),
    pytest.param("Il Marocco a marzo aveva sospeso ogni contatto con l’ambasciata tedesca.", "2021-05-10",
                 ("SANCTION", ["Morocco"], ["Germany"]), id="contacts-suspended"),
    pytest.param("La Nuova Zelanda aveva sospeso già il 9 febbraio i contatti politici e militari ad alto livello con "
                 "la giunta birmana.", "2021-02-25", ("SANCTION", ["New Zealand"], ["Myanmar"]),
                 id="contacts-suspended-on-a-day"),
    # a pronoun object: the person named last before it
    pytest.param("Il leader serbo-bosniaco Milorad Dodik ha sfidato la giustizia. Germania e Austria potrebbero "
                 "vietargli l'ingresso nel loro territorio.", "2025-03-13",
                 ("SANCTION", ["Germany", "Austria"], ["Milorad Dodik", "Bosnia and Herzegovina"]), id="entry-ban-weighed-on-a-pronoun"),
    pytest.param("Il leader serbo-bosniaco Milorad Dodik ha sfidato la giustizia. Il Regno Unito lo aveva già "
                 "sanzionato nell'aprile 2022.", "2025-03-13",
                 ("SANCTION", ["United Kingdom"], ["Milorad Dodik", "Bosnia and Herzegovina"]), id="sanction-on-a-pronoun"),
    # money destined to projects suspended; a time phrase opens the next clause, whose subject is no target
    pytest.param("Il 10 agosto la Germania aveva sospeso 35 milioni di euro destinati a progetti di tutela della "
                 "foresta in Brasile, e giovedì 15 agosto la Norvegia aveva congelato altri fondi.", "2019-08-27",
                 ("SANCTION", ["Germany"], ["Brazil"]), id="funds-destined-suspended"),
    # crossings closed, counted
    pytest.param("Lunedì il governo lituano ha chiuso fino a nuovo ordine i due valichi ancora aperti con la "
                 "Bielorussia.", "2025-10-30", ("SANCTION", ["Lithuania"], ["Belarus"]), id="two-crossings-closed"),
    # an airline or its flights barred
    pytest.param("Ieri il Regno Unito ha sospeso il permesso di volo della compagnia di bandiera bielorussa.",
                 "2021-05-25", ("SANCTION", ["United Kingdom"], ["Belarus"]), id="flight-permit-suspended"),
    pytest.param("Ieri i leader dell'Unione europea hanno deciso di vietare alle compagnie aeree bielorusse di "
                 "sorvolare il territorio dell'Unione.", "2021-05-25", ("SANCTION", ["European Union"], ["Belarus"]),
                 id="airlines-barred-from-overflight"),
])
def test_aid_and_contact_measures(text, published, expected):
    etype, actors, recipients = expected
    assert has(mentions(text, published), etype, actors, recipients), mentions(text, published)


def test_a_cue_of_a_coordinated_clause_with_its_own_subject_is_not_the_acts():
    ms = mentions("Nel maggio 2009 l'Italia ha consegnato alla Libia tre motovedette della Guardia di Finanza per i "
                  "pattugliamenti congiunti, e altre tre dovrebbero partire entro l'autunno.", "2010-08-29")
    assert has(ms, "AID", ["Italy"], ["Libya"], "OCCURRED"), ms


def test_supplies_coordinated_with_a_suspension_are_suspended_not_delivered():
    ms = mentions("La Germania ha sospeso mercoledì l'addestramento dei peshmerga e le forniture di armi.")
    assert [m[0] for m in ms] == ["SANCTION"], ms


def test_a_ne_clitic_measure_with_no_measure_before_is_against_the_state_the_article_is_about():
    ms = mentions("Le Figi protestano contro il Forum. Il governo delle Figi non cede. Il primo settembre il "
                  "Commonwealth ne ha decretato la sospensione piena.", "2009-11-04")
    assert has(ms, "SANCTION", ["Commonwealth of Nations"], ["Fiji"]), ms


def test_a_from_day_after_a_verb_of_imposing_dates_the_measure():
    ms = mentions("Il traffico è crollato per i controlli rafforzati che il Kazakistan ha introdotto da martedì 29 "
                  "dicembre su tutti i valichi con il Kirghizistan.")
    assert [m[4] for m in ms if m[0] == "SANCTION"] == ["2015-12-29"], ms


@pytest.mark.parametrize("text", [
    # a ban lifted or left to lapse, and a measure undone, are no new measure
    "Venerdì la Commissione europea ha lasciato scadere il divieto temporaneo di importazione di grano dall'Ucraina.",
    "Sul piano economico, il Giappone ha annunciato la revoca delle restrizioni all'export verso la Corea del Sud.",
    "Il governo turco ha revocato il divieto di importazione di frutta dalla Russia.",
])
def test_a_measure_lifted_is_no_sanction(text):
    assert not [m for m in mentions(text) if m[0] == "SANCTION"], mentions(text)


def test_the_same_act_by_a_state_named_after_the_verb_and_no_target_beyond_a_semicolon():
    ms = mentions("Scontro tra Giappone e Cina. Il 18 gennaio il Perù aveva richiamato il proprio ambasciatore in Cina; lo "
                  "stesso giorno aveva fatto altrettanto il Cile, che aveva perso un suo cittadino.")
    assert has(ms, "SANCTION", ["Peru"], ["China"]) and has(ms, "SANCTION", ["Chile"], ["China"]), ms


@pytest.mark.parametrize("text,actors,recipients", [
    # an arrest with no agent named: by the state the article is about, not the arrested person's
    ("Tensione tra Stati Uniti e Venezuela. Il contractor americano John Miller è stato arrestato ieri a Caracas. Il "
     "Venezuela accusa, gli Stati Uniti protestano.", ["Venezuela"], ["John Miller"]),
    ("Crisi tra Arabia Saudita e Indonesia. Lunedì le autorità hanno arrestato tre autisti indonesiani dell'ambasciata. "
     "L'Arabia Saudita tace.", ["Saudi Arabia"], ["Indonesia"]),
])
def test_an_arrest_by_unnamed_authorities_is_the_host_states(text, actors, recipients):
    assert has(mentions(text), "COERCE", actors, recipients), mentions(text)


def test_an_agreement_ended_is_a_measure_dated_by_the_news_of_it():
    # 'ha deciso di porre fine all'accordo ... con X. L'annuncio è arrivato ieri sera': the day the news came
    ms = mentions("Il Mali ha deciso di porre fine all'accordo di cooperazione nel settore della difesa con la Francia. "
                  "L'annuncio è arrivato ieri sera con un comunicato del governo.")
    assert [m for m in ms if m[0] == "SANCTION" and m[2] == ["Mali"] and m[3] == ["France"]
            and m[4] == "2016-01-03"], ms
