//! Names, seniority and UK identifiers through the public API, from tables.

use redaction_check::{Config, Context, Kind, Scanner, Severity};

fn scanner() -> Scanner {
    Scanner::new(Config::default()).expect("default config builds")
}

/// (draft, expected (text, severity) of person_name findings)
const NAMES: &[(&str, &[(&str, Severity)])] = &[
    ("Dear Mr Kowalczyk,\n\nThank you.", &[("Kowalczyk", Severity::High)]),
    ("Ms A Okafor\nBy email only\n\nDear Ms Okafor", &[("A Okafor", Severity::High), ("Okafor", Severity::High)]),
    ("Dear Mx Sorensen\n\nThanks", &[("Sorensen", Severity::High)]),
    // An initial and a surname in capitals signing the letter; not capitals after an
    // initial in prose.
    ("Yours sincerely\n\nK. MADUEKWE\nInformation Governance Officer", &[("K. MADUEKWE", Severity::Review)]),
    ("See note A. NOTE the date. Use B. WARNING here.", &[]),
    // Lowercase particles between the title and the surname start the name; a
    // councillor's stays public.
    ("Dear Mr van der Berg,\n\nI wrote to Mr ap Iorwerth and Cllr ap Rhys. Anna van der Berg met Mr Smith le Grand.", &[("van der Berg", Severity::High), ("ap Iorwerth", Severity::High), ("ap Rhys", Severity::Info), ("Anna van der Berg", Severity::High), ("Smith", Severity::High)]),
    ("Annwyl Mr Llewelyn / Dear Mr Llewelyn,", &[("Llewelyn", Severity::High), ("Llewelyn", Severity::High)]),
    ("I have passed your challenge to Rhiannon Ellis, Parking Appeals Officer. You can reach Rhiannon on the number below.", &[("Rhiannon Ellis", Severity::High), ("Rhiannon", Severity::High)]),
    ("Yours sincerely\n\nAoife Ní Bhriain\nDisclosure Officer", &[("Aoife Ní Bhriain", Severity::High)]),
    ("Yours sincerely\n\nAleksandra Dąbrowska\nFreedom of Information Officer", &[("Aleksandra Dąbrowska", Severity::High)]),
    ("this week that is Kieran O’Donnell, who can be reached", &[("Kieran O’Donnell", Severity::High)]),
    ("Kind regards\n\nRuth Ambrose-Kaur\nInformation Compliance Adviser", &[("Ruth Ambrose-Kaur", Severity::High)]),
    ("details were provided by PC 4471 Daniel Whitcombe of the team", &[("Daniel Whitcombe", Severity::High)]),
    ("From: Łukasz Zieliński <lukasz.zielinski@example.gov.uk>\nTo: Jordan Lane <jordan.lane@example.gov.uk>", &[("Łukasz Zieliński", Severity::High), ("Jordan Lane", Severity::High)]),
    ("Hi Jordan – figures below.", &[("Jordan", Severity::High)]),
    // Surname first in a list, a dash and a role after; a mail header's first name with
    // a role in brackets, or a surname first with a middle initial; a bracketed note's
    // writer after its label and a dash, dated, or after a comment's heading.
    ("Training completion\n  Adebayo, Tolulope – Collections Officer – completed 14/11/2023\n  Nowak, Piotr - Visitor Services Supervisor\n", &[("Adebayo, Tolulope", Severity::High), ("Nowak, Piotr", Severity::High)]),
    ("From: O'Neill, Stephen T. (Head of Security)\nTo: Siobhán (Registrar)\nSubject: loan", &[("O'Neill, Stephen T.", Severity::High), ("Siobhán", Severity::Review)]),
    // A civil enforcement officer given their officer number: staff, not a chief executive.
    ("PCN issued 10:42, Balfour Road by CEO Kwame Asante-Darko, officer no. CEO214.", &[("Kwame Asante-Darko", Severity::High)]),
    ("NB - SJ to check: do we say it?\nNB: KM to confirm the figures.\nNB: IT to check the logs.", &[("SJ", Severity::Review), ("KM", Severity::Review)]),
    ("[Deleted text – Rhiannon 05/04: \"the delayed letter\"]\n[Comment – YA]: Yusuf – internal range for the record.\n[Version – March 05/04: x]", &[("Rhiannon", Severity::Review), ("YA", Severity::Review), ("Yusuf", Severity::Review)]),
    // Who wrote each message of a pasted chat, before the message's time or after it
    // in brackets; not a timed agenda's items, nor one timed line alone.
    ("[Pasted from Teams]\nRuairidh Mac a' Phearsain 08:47: van tracker dropped off again\nKwabena Osei-Tutu 08:52: On it\n[09:05] Dr Helen Marsh: agreed", &[("Ruairidh Mac a' Phearsain", Severity::High), ("Kwabena Osei-Tutu", Severity::High), ("Helen Marsh", Severity::High)]),
    ("Agenda\nRegistration 09:00: coffee\nClosing Remarks 16:00: the chair\nWelcome Address 09:15: the host", &[]),
    // (A Gaelic surname with its article is a name by its own shape since stop 51; a
    // timed line alone makes no writer of capitalised words.)
    ("Ruairidh Mac a' Phearsain 08:47: van tracker dropped off again", &[("Ruairidh Mac a' Phearsain", Severity::High)]),
    ("Dispatch Desk 08:47: van tracker dropped off again", &[]),
    // A chat copied from its window: each writer surname first and the time alone on
    // a line, the message below; a first name mentioned with "@", not an address's
    // domain; not a timed agenda.
    ("Kowalska, Marta  09:14\nMorning all. Figures below.\n\nWójcik, Grzegorz (Digital Policing)  09:31\n@Marta done. Ask @Priya too, not ops@Priya.example.org.\n", &[("Kowalska, Marta", Severity::High), ("Wójcik, Grzegorz", Severity::High), ("Marta", Severity::High), ("Priya", Severity::Review)]),
    ("Lunch  12:30\nClose  16:00\n", &[]),
    // A first name alone, by what its person could not do or where they are; under a
    // sign-off of "Ta,".
    ("Dave on his way.\nGraham cannot open the client.\nTa,\nOla\n", &[("Dave", Severity::Review), ("Graham", Severity::Review), ("Ola", Severity::High)]),
    // Two first names joined by "and" before "from the … team"; a first name on call,
    // on leave or on duty.
    ("He is supported by Chinedu and Priya from the Fair Trading team.\nAlarm escalated to Morayo on call.\nThe call came from Morayo on the phone.\n", &[("Chinedu", Severity::Review), ("Priya", Severity::Review), ("Morayo", Severity::Review)]),
    // A first name alone after a person's label with their team in brackets, after a
    // job's word, as a list's item with a job title, or before where they work.
    ("Implementer: Priyanka (HPC team), account pv2291\nIn attendance: Ffion (Project Management Office, minutes)\nStatus: Amber (pending)\n", &[("Priyanka", Severity::Review), ("Ffion", Severity::Review)]),
    ("03/05 13:15 DM: Engineer Marek on site.\n02:40  Supplier engineer Mo connects via BeyondTrust.\nThe engineer Will Smith came.\nThe Lead Officer Grace Road office.\n", &[("Marek", Severity::Review), ("Mo", Severity::Review), ("Will Smith", Severity::High)]),
    ("Evaluation panel:\n  Kwame, Finance Business Partner\n", &[("Kwame", Severity::Review)]),
    ("The alert reached the probation practitioner, Jo at Darlington PDU, late.", &[("Jo", Severity::Review)]),
    // A name whose surname no list holds is sure with the person's record after it;
    // and its surname after "the" before their matter.
    ("The EM feed failed to update: Liam Pardoe, CRN X482913, was affected.\nHAL to send the Pardoe case chronology.\nThe Pardoe Building is shut.\n", &[("Liam Pardoe", Severity::High), ("HAL", Severity::Review), ("Pardoe", Severity::High)]),
    ("The case of Liam Pardoe was raised.", &[("Liam Pardoe", Severity::Review)]),
    // A user name in brackets after its person's name, made of their initial and
    // surname; not a word in brackets.
    ("Caller: Sophie Leng (sleng), Branch Manager\nRaised by Sophie Leng (site visit).\n", &[("Sophie Leng", Severity::High), ("sleng", Severity::High), ("Sophie Leng", Severity::High)]),
    // A fire service's ranks before a surname; not a clock's AM, nor a manager's remit.
    ("Duty mgr:   GM Harcourt          via Fire Control\nVisit crew: WM O'Sullivan, FF B. Achterberg\nThe meeting is at 9 AM Monday.\n[Comment: Gethin Pryce-Jones (AM Mobilising) wants it out.]\n", &[("Harcourt", Severity::High), ("O'Sullivan", Severity::High), ("B. Achterberg", Severity::High), ("Gethin Pryce-Jones", Severity::High)]),
    // A listed first name that is a table's whole cell in a data row, perhaps with a
    // note in brackets; not a header's word, a job's word or a word the draft writes in
    // small letters.
    ("Asset\tVehicle\tLead driver\tStaff no.\nVAN-0208\tFord Transit 350\tNeville (agency)\tAGY-0147\nVAN-0209\tvan\tPorter\t4471\nVAN-0210\tVan\tAmber\t4472\n", &[("Neville", Severity::Review), ("Amber", Severity::Review)]),
    // An initial and its stop before a word in no list: a surname the lists lack, for
    // review; not an outline's item, a sentence's opener after a letter, or a unit.
    ("Engineer signature: S. Nkemelu            Customer signature: C. Farraday\n  Clinical Systems Team – K. Lindqvist\n", &[("S. Nkemelu", Severity::Review), ("C. Farraday", Severity::Review), ("K. Lindqvist", Severity::Review)]),
    ("  D. What was the outcome?\nIts length is L. However, it fails.\nBattery at 10.9 V. Warning light on.\n", &[]),
    // A listed first name alone after " and " and a person's name; not after a comma,
    // where the word is as often where they work.
    ("Q1: Denver was covered by Wes Palfrey and Tamsin on earlies.\nThanks to Jim Graham, Sun; Daryl Huff, Sun.\n", &[("Wes Palfrey", Severity::Review), ("Tamsin", Severity::Review), ("Jim Graham", Severity::High), ("Daryl Huff", Severity::High)]),
    // A first name that is also a word, then the team they work in and what they said.
    ("[SPH: too much detail? Mark in ICT says delete the bracket.]\nMark in pencil the changes.\n", &[("SPH", Severity::Review), ("Mark", Severity::Review)]),
    // A first name alone as a table's last cell, and in a row under another row with no
    // digit in it; a surname that is also a word after a first name, after a word of
    // the run; not a saint's fair.
    ("Ref     | Date     | Outcome          | Handled by\nFOI/085 | 05/12/23 | Refused (s12)    | Stefan\n\nDay | Early | Late | Notes\nWed | Siân | Dafydd Llwyd | duty\nThu | Siân | Dafydd | duty phone\n", &[("Stefan", Severity::Review), ("Dafydd Llwyd", Severity::Review), ("Dafydd", Severity::Review)]),
    ("Student Amelia Stroud (ID 22018473) could not start.\nThe St Nicholas Fair opens.\n", &[("Amelia Stroud", Severity::High)]),
    // A name alone on its line under a blank one (in a quoted mail too), with a
    // telephone number or an address below it: a signature block without its sign-off.
    ("> Q3: they maintain it.\r\n>\r\n>>> Hello, the lock was left open again.\r\n>>>\r\n>>> Mark Lethbridge\r\n>>> NB Kingfisher\r\n>>> 07700 900741\r\n", &[("Mark Lethbridge", Severity::High)]),
    ("Opening hours\n\nGrace Road Depot\n01632 960521\n", &[]),
    // Initials with their stops before the person's name in brackets key the person,
    // stops or none; a drafter's initials in brackets with a date, after "typed up
    // by", and a first name after "sign-off by".
    ("- per S.K. (Siân Kowalski, IT Infrastructure) – PC on Win 10.\n- S.K. not happy.\n- discuss w/ SK.\n", &[("S.K.", Severity::Review), ("Siân Kowalski", Severity::High), ("S.K.", Severity::Review), ("SK", Severity::Review)]),
    ("DRAFT ANSWERS (SN, 22/04 – for sign-off by Hamish)\nNotes typed up by NG. Figures (UK, 3 March) attached.\n", &[("SN", Severity::Review), ("Hamish", Severity::Review), ("NG", Severity::Review)]),
    // Initials opening a list's item or after a label, given a task; opening a
    // sentence, then what a person did. Not a body's or a post's letters, nor letters
    // the draft spells out in brackets.
    ("- OP to draft the test.\nACTION: KM to check the figures.\nAK rang the requester. AK said no.\nDWP said no. PA says yes. The Data Forum (DF) met. DF said no.\n", &[("OP", Severity::Review), ("KM", Severity::Review), ("AK", Severity::Review), ("AK", Severity::Review)]),
    // A chat's writers by their handles after "@", a first name alone too; a mention
    // of one inside a message.
    ("[22/04/2025 09:12] @seonaid.nicleoid: morning 👋 @domhnall.macaoidh can you check?\n[22/04/2025 09:15] @hamish: on it\n", &[("@seonaid.nicleoid", Severity::High), ("@domhnall.macaoidh", Severity::High), ("@hamish", Severity::High)]),
    // A full name found by its title, written again in a cell where "mark" is also a
    // word, and turned about; not before a firm's word or after "the".
    ("| Owner | Risk |\n|---|---|\n| DI Mark Ebdon | Loss of link |\n| EBDON, Mark | Old OS |\n| Mark Ebdon | End of life |\nMark for review. The Mark Ebdon Trust funds it.\n", &[("Mark Ebdon", Severity::High), ("EBDON, Mark", Severity::High), ("Mark Ebdon", Severity::High)]),
    // A task given a first name at the line's end; a word of time between the name
    // and what they said; the short name of their post in brackets.
    ("PROPOSED ANSWERS (for Oluwaseun to review)\nRhodri also says the MR46s are old.\nSent on behalf of the Director by Kayleigh (PA)\nOrders (PO) rose.\n", &[("Oluwaseun", Severity::Review), ("Rhodri", Severity::Review), ("Kayleigh", Severity::Review)]),
    // Initials after the word for whom the record is about.
    ("Notes held for young person T.M., case YJ-23-00871.\n", &[("T.M.", Severity::Review)]),
    // A writer's mark as initials once a name in the draft defines it so.
    ("Contributors: Priyanka Shah (PS), Clinical Hub Team Leader.\n02:31  PS escalates call 17.\n", &[("Priyanka Shah", Severity::High), ("PS", Severity::Review), ("PS", Severity::Review)]),
    ("PS escalates call 17.\nPS: the figures are late.\n", &[]),
    // A file note's writer in small letters after each entry's date (twice at least,
    // not "ok"), and initials in small letters given a person in brackets.
    ("05/08/24  jb\nLogged.\n06/08/24  jb\nSpoke to kt in ICT (Katarzyna Tomaszewska). kt agrees.\n12/08/24  ok\n", &[("jb", Severity::Review), ("jb", Severity::Review), ("kt", Severity::Review), ("Katarzyna Tomaszewska", Severity::High), ("kt", Severity::Review)]),
    // A file note's entries with their text on the same line, each writer's initials in
    // small letters between wide gaps (three entries at least), which then key the
    // writers' other uses; not a note of two entries, nor "am" or "ok".
    ("04/03/24  nk  Request received.\n05/03/24  nk  Asked ts (Visitor Services Manager) for Q1.\n07/03/24\tts\tTills are fine.\n08/03/24  ok  Nothing else.\n", &[("nk", Severity::Review), ("nk", Severity::Review), ("ts", Severity::Review), ("ts", Severity::Review)]),
    ("04/03/24  nk  Request received.\n05/03/24  nk  Asked ts for Q1.\n", &[]),
    // (With a time after each date, whether the line is short or runs on.)
    ("04/03/24 10:15  nk  Request received.\n05/03/24 09:02  nk  Asked the Visitor Services Manager for the figures on the tills, the Wi-Fi and the radios by the end of the week.\n07/03/24 14:40  ts  Tills are fine.\n", &[("nk", Severity::Review), ("nk", Severity::Review), ("ts", Severity::Review)]),
    // An audit log's user column, between the entry's time and its event in capitals
    // (three entries at least; not "system"), which keys the user elsewhere; not a log
    // of two entries.
    ("2024-01-02 07:02:41 jmokoena     LOGON OK (Kerberos)\n2024-01-02 07:05:40 ps1187       WITNESS CONFIRM\n2024-01-02 13:40:07 system       BATCH RECONCILE\n2024-01-03 08:14:02 kestrel.sup  REMOTE START\n\nKey: jmokoena = the property officer\n", &[("jmokoena", Severity::Review), ("ps1187", Severity::Review), ("kestrel.sup", Severity::Review), ("jmokoena", Severity::Review)]),
    ("2024-01-02 07:02:41 jmokoena     LOGON OK\n2024-01-02 07:05:40 ps1187       WITNESS CONFIRM\n", &[]),
    // Initials in capitals in brackets after a role in small letters or a note's word;
    // not the role's own letters, an abbreviation, or after a role in capitals.
    ("On 6 June a repairs advisor (PÓC) sent it.\nFOI officer's note (HS), 21 May:\nThe data protection officer (DPO) and the records officer (RO) agreed. Ask the Records Manager (JT). An officer (HR) rang.\n", &[("PÓC", Severity::Review), ("HS", Severity::Review)]),
    // Initials in small letters given a job title in brackets; not a word, nor a
    // bracket that holds no title.
    ("Draft passed to jh (Head of Governance) for sign-off. Ask bo'c (ICT Officer). See the (Appendix) and as (Annex B).", &[("jh", Severity::Review), ("bo'c", Severity::Review)]),
    // A key to user names, each spelt by the name it is given (two lines at least):
    // the name, its later first name, and the user name; not a device's name.
    ("Key to user names\njmokoena = Jabu Mokoena, Property Officer\nrsandhu = Rupinder Sandhu (DC)\nfw01 = Main Firewall\n\nJabu has asked that nothing is released.\n", &[("jmokoena", Severity::Review), ("Jabu Mokoena", Severity::High), ("rsandhu", Severity::High), ("Rupinder Sandhu", Severity::High), ("Jabu", Severity::High)]),
    ("jmokoena = Jabu Mokoena, Property Officer\nfw01 = Main Firewall\n", &[]),
    // Initials defined beside a name in capitals with an accent ("KÓD"), then used alone.
    ("Present:\nKieran Ó Dálaigh (KÓD) – Operations Manager\n\nKÓD said that engineers use TeamViewer.\n", &[("Kieran Ó Dálaigh", Severity::High), ("KÓD", Severity::Review), ("KÓD", Severity::Review)]),
    // A note's writer in small letters before the day it was written, in brackets or
    // opening a list's item; not a word ("on", "by") or a note's abbreviation ("exp",
    // "tel").
    ("INTERNAL NOTE (dz, 03/07): keep the column.\n- rm 24/06: checked\n- on 24/06: sent\nReply due (by 03/07).\nCard valid (exp 03/07).\n- tel 24/06: rang back\n", &[("dz", Severity::Review), ("rm", Severity::Review)]),
    // Names in lowercase where a name stands: after a label for a person, a chat's
    // writer, a sign-off; not other words there, nor a first name running into words.
    ("Requester: jordan kettleby\nCaller: brennan, joanne | Assigned: Infrastructure\nFrom: kat o'hara <kat.ohara92@example.com>\n\n[08:54] priya: anyone else?\n[08:56] Callum: yep\n[09:30] marek: done\n\ncheers, seumas\n", &[("jordan kettleby", Severity::High), ("brennan, joanne", Severity::High), ("kat o'hara", Severity::High), ("priya", Severity::High), ("Callum", Severity::High), ("marek", Severity::High), ("seumas", Severity::High)]),
    ("thanks, all\nOwner: infrastructure team\nthanks, will do\nLead: tbc\n", &[]),
    // Initials a Gaelic name gives with the capitals inside its surname; a name written
    // again surname first; names given in brackets or quotes; a user name's initial and
    // surname; a first name asked for.
    ("Mon    Mòrag NicLeòid (MNL)       Iain Dòmhnallach\nTue    Dòmhnallach, Iain   Ealasaid MacAoidh (EMA)\nOut of hours: MNL.\n", &[("Mòrag NicLeòid", Severity::High), ("MNL", Severity::Review), ("Iain Dòmhnallach", Severity::Review), ("Dòmhnallach, Iain", Severity::Review), ("Ealasaid MacAoidh", Severity::High), ("EMA", Severity::Review), ("MNL", Severity::Review)]),
    ("I filled it in with Małgorzata Wiśniewska (Gosia) today.\nRepresentative: son, Babatunde (Tunde) Adeyemi-Cole\nMoorside Rise\t2016\t\"Mack\" McAllister\n", &[("Małgorzata Wiśniewska", Severity::High), ("Gosia", Severity::High), ("Babatunde (Tunde) Adeyemi-Cole", Severity::High), ("Mack", Severity::High), ("McAllister", Severity::High)]),
    ("The \"Smart\" Wells project (Phase 2) went to Jane Smith (Finance).\n", &[("Jane Smith", Severity::High)]),
    ("a member of police staff, s.mahmood (staff number SV40871), ran checks. See /home/p.walker/ and srv.jones.local.\n", &[("s.mahmood", Severity::High)]),
    ("They can ask for Lisa via switchboard.\n", &[("Lisa", Severity::Review)]),
    // A greeting in lowercase; a sentence's first word before "with"; not a team.
    ("hi Gwen - figures below.\nCheck with Steve.\nCheck with Finance first.\nSay hi to the team.\n", &[("Gwen", Severity::High), ("Steve", Severity::Review)]),
    // What someone answered; a patient's initials in brackets.
    ("Kevin reply: no.\nA reply: no.\n(patient K.L., NHS no. 943 476 5919)\n", &[("Kevin", Severity::Review), ("K.L.", Severity::Review)]),
    // A chat exported with dated heads on their own lines; a title and a name in
    // lowercase, the address spelling a first name and an initial; initials spelled
    // out in brackets, not an acronym's words.
    ("[21/05/2024 09:20] Devendra Raghunathan\nlol again?\n\n[21/05/2024 09:45] Nkechi Obi-Eze\nplease edit that\n", &[("Devendra Raghunathan", Severity::High), ("Nkechi Obi-Eze", Severity::High)]),
    ("req in from dr anand krishnamurthy (anand.k.1962@example.org), came via the website. Open it in ms word.\n", &[("anand krishnamurthy", Severity::High)]),
    // Initials in a column at the end of a list of people, used again, not as a time
    // nor a maker's name; a double surname and initials in a quoted cell; a login made
    // of a name in the draft; a team's mailbox in a quoted header; signatures with
    // and without a sign-off.
    ("Present:\n  Tomasz Kowalczyk, ICT Systems Officer        TK\n  Capt. Alasdair MacLeòid, Harbour Master     AM\n\nTK's draft went to AM at 10 AM on MS Teams.\n", &[("Tomasz Kowalczyk", Severity::High), ("TK", Severity::Review), ("Alasdair MacLeòid", Severity::High), ("AM", Severity::Review), ("TK", Severity::Review), ("AM", Severity::Review)]),
    ("P04,Trakm8 RH600,\"Lindqvist-Hale, M.\",2024-04-29\nP05,Sepura SC20,\"BAJWA, H.S.\",2024-03-18\n", &[("Lindqvist-Hale, M.", Severity::High), ("BAJWA, H.S.", Severity::High)]),
    ("Exported by a.nibhriain\n[01/10/2024 09:02] Aoife Ní Bhriain: hi\n", &[("a.nibhriain", Severity::High), ("Aoife Ní Bhriain", Severity::High)]),
    ("Thanks.\n\nJo\nInformation Governance Officer\n\n> From: Fleet Workshop <fleetworkshop@example.gov.uk>\n>\n> Cheers\n> Wes\n", &[("Jo", Severity::High), ("Wes", Severity::High)]),
    // A note written in lowercase: a first name where the words say a person, a first
    // name and a surname in brackets; not a program's part, a tag or a list's item.
    ("q1 - asked tunde in county ict. on duty were mo (mohammed iqbal, payroll 004712).\n  * pam: include pam_keyinit session module\n  * travis: fix skipping [dev] things\n  max, min -> macros now\n", &[("tunde", Severity::Review), ("mohammed iqbal", Severity::Review)]),
    // People listed after a label, one of them a known name; a note's head of a date
    // and its writer, whose initials stand elsewhere too; not a team, nor a word the
    // draft writes in lowercase.
    ("Participants: Ffion Lloyd-Jones; Devendra Raghunathan; Nkechi Obi-Eze\n\n02/05/24  RB\nnotes\n\n22/11/2023 16:02  Anders T-M\n  Closing.\n(typed up by RB on 09/05/24)\nPresent: Finance Team; Jane Smith; Ordnance Survey\n2024-05-02  Version 2 of the survey\n", &[("Ffion Lloyd-Jones", Severity::High), ("Devendra Raghunathan", Severity::Review), ("Nkechi Obi-Eze", Severity::High), ("RB", Severity::Review), ("Anders T-M", Severity::Review), ("RB", Severity::Review), ("Jane Smith", Severity::High)]),
    ("The officer = KO (Kemi Okafor), ext 2290. KO to call. It uses TUI (Text User Interface) and a text interface.\n", &[("KO", Severity::Review), ("Kemi Okafor", Severity::High), ("KO", Severity::Review)]),
    // A word in no list after a greeting, for review, not a greeting's ordinary word;
    // initials after a label for a person and in a word processor's comment mark; a
    // relative's first name in brackets; Welsh "ab"; a nickname in quotes inside a
    // name; surname first after a subject's label; not a team in a mail header.
    ("Hi Deb,\nDear Colleague,\nHi Everyone,\nOfficer: DW\n[Comment [KO1]: Nadia - take it out]\nOwner: IT\nReferred by daughter (Carol) tel 01632 960123.\nFri-Sun   Iolo ab Owain             handset 03\nand WC21983 (Georgina \"Gina\" Tallis) shows entries.\nPatient: MacAoidh, Eòghann  CHI 1504672193\nTo: Doorstep Crime Team <ts.doorstepcrime@example.gov.uk>\n", &[("Deb", Severity::Review), ("DW", Severity::Review), ("KO", Severity::Review), ("Nadia", Severity::Review), ("Carol", Severity::Review), ("Iolo ab Owain", Severity::High), ("Georgina", Severity::Review), ("Gina", Severity::Review), ("Tallis", Severity::Review), ("MacAoidh, Eòghann", Severity::High)]),
    ("approved by David Okoro, Assistant Chief Officer (Resources), on behalf of Chief Constable Sarah Lindqvist.", &[("David Okoro", Severity::Info), ("Sarah Lindqvist", Severity::Info)]),
    ("The service is overseen by Professor Imogen Hartley, Chief Information Officer, who reports to the Vice-Chancellor, Professor Kwame Asante-Boateng.", &[("Imogen Hartley", Severity::Review), ("Kwame Asante-Boateng", Severity::Info)]),
    ("the ward councillor, Cllr Sandra Okonedo-Price, has asked", &[("Sandra Okonedo-Price", Severity::Info)]),
    ("Responsibility is Gordon Flack - Director of Finance and Deputy CEO. Gordon can be contacted by email.", &[("Gordon Flack", Severity::Info), ("Gordon", Severity::Info)]),
    // Ordinary capitalised words run into a name: a job, a department, a sentence's first word.
    ("Our Finance Manager Jane Smith said no. The Estates Officer Tom Brown agreed.", &[("Jane Smith", Severity::High), ("Tom Brown", Severity::High)]),
    // A board role joined to another ("University Secretary and Registrar"); a regional
    // probation director. Not a person joined to a role ("the Chief Executive and her
    // deputy, Ann Lee").
    ("Write to the University Secretary and Registrar, Jonathan Pickering, at the address. Approved for the Regional Probation Director, Andrew Cheung. Emails between the Chief Executive and her deputy, Ann Lee, exist.", &[("Jonathan Pickering", Severity::Info), ("Andrew Cheung", Severity::Info), ("Ann Lee", Severity::High)]),
    // A director of the body's business is an executive (public role); a director of a
    // service below the board (IT, estates, information governance) is for review.
    ("Director of Finance and Estates Jane Smith-Jones signed it.", &[("Jane Smith-Jones", Severity::Info)]),
    ("It is led by the Director of Place, Matthew Oduya. The Director of IT and Digital Services, Victor Balogun, agreed.", &[("Matthew Oduya", Severity::Info), ("Victor Balogun", Severity::Review)]),
    // A sentence-opening verb in no name list runs into the name the same way.
    ("Dear Sir,\n\nCall Jane Smith on extension 4418. Contact Sarah Jones for details. Ask Payroll Tom Brown.", &[("Jane Smith", Severity::High), ("Sarah Jones", Severity::High), ("Tom Brown", Severity::High)]),
    // ... and a gerund; a first name in no other list keeps its run whole.
    ("Dear Sir,\n\nMeeting Tom Brown and Anouk Jane Smith was useful.", &[("Tom Brown", Severity::High), ("Anouk Jane Smith", Severity::High)]),
    ("The Mary Seacole Building is closed; the Harry Potter books are back.", &[]),
    // A greeting's first name that is also a word, closing the salutation.
    ("Dear Mark,\n\nThank you.", &[("Mark", Severity::High)]),
    ("Hi Will – figures below.", &[("Will", Severity::High)]),
    ("Dear Mark Day,\n\nThank you.", &[("Mark Day", Severity::High)]),
    ("Hello World, said the program. Dear Sir or Madam,", &[]),
    // An initial and a surname that is also a place word.
    ("Please contact J. Hall in Estates or R Ward in Finance.", &[("J. Hall", Severity::High), ("R Ward", Severity::High)]),
    ("A Hall was booked for the event.", &[]),
    // Middle initials are part of the name, whatever the first name is.
    ("Please ask David M. Jones, Mark R. Bannister or Anders F. Hall.", &[("David M. Jones", Severity::High), ("Mark R. Bannister", Severity::High), ("Anders F. Hall", Severity::High)]),
    ("Contact J. Smith today. Jane Smith I think agreed. Plan B is ready.", &[("J. Smith", Severity::High), ("Jane Smith", Severity::High)]),
    // A first name and a surname in no list: for review; not when the draft writes
    // either word in lowercase too.
    ("Contact Sarah Lindqvist for details; Łukasz Żółć signed it.", &[("Sarah Lindqvist", Severity::Review), ("Łukasz Żółć", Severity::Review)]),
    ("The Dev Tools release is out; our dev tools are up to date.", &[]),
    // Surnames that are also ordinary words or place words.
    ("Dear Mrs Price,\n\nThank you.", &[("Price", Severity::High)]),
    ("Peter Long and Jo Little met Mr King and Dr Bishop.", &[("Peter Long", Severity::High), ("Jo Little", Severity::High), ("King", Severity::High), ("Bishop", Severity::High)]),
    ("the request went to David Hall, Procurement Officer, last week", &[("David Hall", Severity::High)]),
    ("Yours sincerely,\n\nMark Day\nInformation Governance Officer", &[("Mark Day", Severity::High)]),
    // A first name and a place-word surname could be either: the officer checks it.
    ("Sarah Green in our Estates team will reply; Victoria Ward has 24 beds.", &[("Sarah Green", Severity::Review), ("Victoria Ward", Severity::Review)]),
    ("Staff at Christmas Day and at Parsons Green said Thank You.", &[]),
    // Places, buildings and firms named after people are not people.
    ("Parking on Gordon Street near the John Lewis store and the Queen Elizabeth Hospital, Wycliffe House, the Alan Turing Building.", &[]),
    ("complaints about Florence Nightingale Ward were received", &[]),
    ("Information Compliance\nData Protection Officer\nFreedom of Information Act 2000", &[]),
    // Names written in capitals: under a sign-off, after a label, before a job title.
    ("Yours sincerely,\n\nJOHN HARGREAVES\nInformation Governance Officer", &[("JOHN HARGREAVES", Severity::High)]),
    ("Author: SARAH VAN DER BERG\nSigned: MARY O'NEILL, Head of Records", &[("SARAH VAN DER BERG", Severity::High), ("MARY O'NEILL", Severity::High)]),
    ("Regards,\nGRACE HALL\nFOI Manager", &[("GRACE HALL", Severity::High)]),
    // Headings in capitals are not names; a first name and a place word alone on a
    // line outside a signature may be a ward's heading.
    ("FREEDOM OF INFORMATION REQUEST\nCHIEF EXECUTIVE\nMARK TWAIN HOUSE VISIT", &[]),
    ("Wards\n\nVICTORIA WARD\n24 beds", &[("VICTORIA WARD", Severity::Review)]),
    // Surname, comma, first name: as staff lists and tables write names.
    // A surname in capitals before a first name, wherever it stands; not in a list of
    // names written first-name-first, nor places.
    ("It was signed off by KHAN, Nadia. Check with IG.", &[("KHAN, Nadia", Severity::High)]),
    ("1 | 60018823 | KOVÁCS, Erzsébet | E\n2 | 60031477 | MORGAN-EVANS, Huw | D", &[("KOVÁCS, Erzsébet", Severity::High), ("MORGAN-EVANS, Huw", Severity::High)]),
    ("Thanks to Nicolas JOLY, Jason L. Wright and others. Offices: LONDON, Paris.", &[("Nicolas JOLY", Severity::High), ("Jason L. Wright", Severity::High)]),
    // A surname in capitals after a title; not a title inside a code.
    ("Dear Mr QURESHI,\n\nthe driver was PC 4127 HOLLOWAY. PC HOLLOWAY's report", &[("QURESHI", Severity::High), ("HOLLOWAY", Severity::High), ("HOLLOWAY", Severity::High)]),
    ("the Hitachi E7000-PC ICE and SHA1_DC SHA1DC builds", &[]),
    // A name in no list after a job title: for review.
    ("please ask for the Pathology Services Manager, Dumi Okonkwo, via the switchboard", &[("Dumi Okonkwo", Severity::Review)]),
    ("src/init.c: Implementing Larry's feature", &[]),
    // A firm named after a person.
    ("Towing is by Arthur Dunmore & Sons and bailiffs are J. Hartley & Co.", &[]),
    // A Welsh digraph initial; a first name before a person's verb.
    ("Ll. Bowen (Clinisys engineer) – via the helpdesk", &[("Ll. Bowen", Severity::High)]),
    ("the old box stays on the network until Rhodri gets to it", &[("Rhodri", Severity::Review)]),
    // Names in capitals after a job title, as a table's cell, after a title in capitals;
    // a surname in capitals and an initial.
    ("The incident was closed by the team manager, DAWN MILLS. Thanks.", &[("DAWN MILLS", Severity::High)]),
    ("Staff no.\tName\tRole\nE105066\tROWAN ASHE\tSecurity Analyst", &[("ROWAN ASHE", Severity::High)]),
    ("| 03:05 | Local admin password reset | NDLOVU, S.   |", &[("NDLOVU, S.", Severity::High)]),
    ("JOB 55102 – MR PÁDRAIG Ó MURCHÚ, no access", &[("PÁDRAIG Ó MURCHÚ", Severity::High)]),
    // A job's words as a rank before a surname; not a model code after a title's letters.
    ("| 03:40 | Station Manager Jones informed |\nThe Project Manager Support team met.", &[("Jones", Severity::High)]),
    ("Cisco Meraki MR46 APs; key DC463A16E42F03240D76E8BA8B48C6BD871C2247-1.gpg", &[]),
    // A first name that is also a word, checked with; a first name closing a note.
    ("Can you check with Will whether we can name it? Will you send it?", &[("Will", Severity::Review)]),
    // Initials heading a note after its label, with a hyphen for a dash or the note's
    // own word after them; not a team's letters.
    ("[Comment: KJ - we can't list badge numbers.]\n[Drafting note - RD: wrong report]\n[CM note: duty mobiles are not published]\n[Note: HR - please confirm]", &[("KJ", Severity::Review), ("RD", Severity::Review), ("CM", Severity::Review)]),
    // A pro-vice-chancellor is an executive, named in a public role; a place named
    // like a person is the place when its kind follows ("Tudor Lodge care home").
    ("Approved by Professor Amrita Bhattacharya, Pro-Vice-Chancellor (Education). The fire at Tudor Lodge care home. Tom Ward said so.", &[("Amrita Bhattacharya", Severity::Info), ("Tom Ward", Severity::Review)]),
    // A first name placed in a team by its letters, at a firm before what they did,
    // beside the writer, or by who they are to someone; a word that is a first name
    // whose number is given. Not "Tom at the Red Lion", nor "Victoria at the station".
    ("Wayne in EOC says so. Alan at the web company says 6.4. Tom and I visited. My wife Grace has photos. Mark's number is on file. Meet Tom at the Red Lion pub.", &[("Wayne", Severity::Review), ("Alan", Severity::Review), ("Tom", Severity::Review), ("Grace", Severity::Review), ("Mark", Severity::Review)]),
    // A first name whose direct line or staff number a note speaks of.
    ("NB (internal): Ffion's direct line was in the earlier draft. Check the Ffion Road depot.", &[("Ffion", Severity::Review)]),
    // (and a first name whose email, line or record is spoken of: "Sandra's email").
    ("Sandra's email is on file if the requester asks - but I'd rather we didn't.\nFemi\n", &[("Sandra", Severity::Review), ("Femi", Severity::Review)]),
    // A first name after a note's "NB", before "can" and a verb, or "from" somewhere;
    // not a thing that "can be" done, nor a word in capitals inside.
    ("NB Sarah – the ref is in the log.\n[NB Tomasz – do not give the count]", &[("Sarah", Severity::Review), ("Tomasz", Severity::Review)]),
    ("left here so Priya can check the count. Delroy from UCU rang.", &[("Priya", Severity::Review), ("Delroy", Severity::Review)]),
    ("Florence can be reached by train. Data for NaN can now have a sign. NB Section 40 applies.", &[]),
    // A note's label before its initials; an Irish particle in capitals.
    ("[Comment RK: pasted the appeals tab below so Winston can check.]", &[("RK", Severity::Review), ("Winston", Severity::Review)]),
    ("Name\tRole\nNÍ BHRIAIN, Niamh\tSite Officer", &[("NÍ BHRIAIN, Niamh", Severity::High)]),
    // A surname in capitals beside given names written as names are, or an initial and
    // its stop; not a place or a word in capitals, nor a name run into an acronym.
    ("ZIELIŃSKI W.  Payroll no. 1\n| Amelia-Rose KAMARA | 5 |\nDear Ms TSANG Mei Ling", &[("ZIELIŃSKI W.", Severity::High), ("Amelia-Rose KAMARA", Severity::High), ("TSANG Mei Ling", Severity::High)]),
    ("LONDON Paris\nWill NOT be used. Grace PERIOD applies.\nThe SMITH report", &[]),
    // A surname in capitals after a rank and collar number; initials after whom a
    // record is about (not a lone initial, nor "patient ID").
    ("[Comment – Sgt 2291 HARGREAVE: FYI] re patient J.M., and the pupil A.B.C.; the patient ID; U.S. law", &[("HARGREAVE", Severity::High), ("J.M.", Severity::Review), ("A.B.C.", Severity::Review)]),
    ("Please ask Priya NHS Digital for the file.", &[("Priya", Severity::Review)]),
    // A senior person's surname after the same title is theirs; not after another title.
    ("The Senior Information Risk Owner is Dr Helen Achterberg, Chief Finance Officer. Dr Achterberg can be contacted by email. Mr Achterberg asked.", &[("Helen Achterberg", Severity::Info), ("Achterberg", Severity::Info), ("Achterberg", Severity::High)]),
    ("Name\tRole\nZhang, Wei\tHead of Digital\nBrown, Mark\tManager\n- de Souza, Rafael (Engineer)\n| Marsh, D. | CCTV |\nOfficer: Okafor, Chinonso", &[("Zhang, Wei", Severity::High), ("Brown, Mark", Severity::High), ("de Souza, Rafael", Severity::High), ("Marsh, D.", Severity::High), ("Okafor, Chinonso", Severity::High)]),
    // ("Mark said" is a person, alone: for review.)
    ("In Brown, Mark said no.\nLanguages: French, German\nPlaces: London, Paris", &[("Mark", Severity::Review)]),
    // Two ordinary words in a mail header's field.
    ("From: Hall, Rose <rose.hall@example.nhs.uk>\nTo: Hall, Rose\n\nLanguages\n- French, German", &[("Hall, Rose", Severity::High), ("Hall, Rose", Severity::High)]),
    // A name on a line of its own over a job title, both words ordinary.
    ("Rose\n\nRose Hall\nFleet Systems Officer | Fleet & Estates\n\nVictoria Hall\nThe hall is open.", &[("Rose", Severity::High), ("Rose Hall", Severity::High), ("Victoria Hall", Severity::Review)]),
    // A first name that is also a word, before a surname that is not.
    ("was informed by the on-call manager, Will Ashworth. Will McAllister agreed.", &[("Will Ashworth", Severity::High), ("Will McAllister", Severity::High)]),
    // Both words ordinary, after a job title or a label, before a job title, or as a cell.
    ("taken by the Parking Manager, Mark Brown, under delegated powers", &[("Mark Brown", Severity::High)]),
    ("Employee: Mark Brown (employee no. 0047719)\n• Allocations Team Leader – Rose Marsh", &[("Mark Brown", Severity::High), ("Rose Marsh", Severity::High)]),
    ("Checked with Mark Rose (Station Manager, Kingswood). Sources: Mark Hall, Network Services Manager", &[("Mark Rose", Severity::High), ("Mark Hall", Severity::High)]),
    ("Amber Wood\tTeam Manager\t11", &[("Amber Wood", Severity::High)]),
    ("• Tenancy Enforcement Team Leader – Liu Yang", &[("Liu Yang", Severity::High)]),
    ("Date:   Thu May 30 19:09:42 2013\nMark Day agreed. Will Council officers attend?", &[]),
    ("Mark Brown agreed.", &[("Mark Brown", Severity::High)]),
    // A first name closing a note or a mail.
    ("Queries to me before this goes out. Thanks, Rose]\n\nRegards,\nMark", &[("Rose", Severity::High), ("Mark", Severity::High)]),
    ("Will the shop be open? Thanks, Will do.", &[]),
    // A name with an accent the lists write without one.
    ("Our ICT Service Manager is Zoë Fitzgerald-Hughes; ask Siobhán Smith.", &[("Zoë Fitzgerald-Hughes", Severity::High), ("Siobhán Smith", Severity::High)]),
    ("Tŷ Glanmor, Heol yr Orsaf", &[]),
    // A title before a surname that is also a place word, or before a first name and
    // surname that are both words.
    ("Dear Ms Hall,\n\nYours sincerely\n\nSgt Mark Lincoln\nDisclosure Officer", &[("Hall", Severity::High), ("Mark Lincoln", Severity::High)]),
    // Surname first in a mail header's list.
    ("Cc: Victor Hall; Wood, Amber\nFrom: Chau, Amber <amber.chau@example.nhs.uk>", &[("Victor Hall", Severity::High), ("Wood, Amber", Severity::High), ("Chau, Amber", Severity::High)]),
    // A board role with its remit before the name.
    ("The Executive Director of Place, Helen Achterberg, was briefed.", &[("Helen Achterberg", Severity::Info)]),
    // A role with its remit after "for"; a chief officer the lists do not name (not a
    // deputy's, and a chief officer the lists hold below the board stays for review).
    ("The Senior Coroner for Calderbrook, Alison Drummond-Kaye, has seen it.", &[("Alison Drummond-Kaye", Severity::Info)]),
    ("Its Chief Port Health Officer is Dr Alasdair Fyfe.", &[("Alasdair Fyfe", Severity::Info)]),
    ("Our Deputy Chief Port Health Officer Dr Alasdair Fyfe agreed.", &[("Alasdair Fyfe", Severity::High)]),
    ("Karen Holt, Chief Information Officer, agreed.", &[("Karen Holt", Severity::Review)]),
    // A role on the line above, with a comma; the same person named again elsewhere
    // (a mail header) is as senior.
    ("by the Strategic Director of Planning and Growth,\r\nSarah Whitlock, who agreed.", &[("Sarah Whitlock", Severity::Info)]),
    ("To: Andrew Ferreira-Lyle <a@example.nhs.uk>\n\nApproved by Andrew Ferreira-Lyle, Chief Executive.", &[("Andrew Ferreira-Lyle", Severity::Info), ("Andrew Ferreira-Lyle", Severity::Info)]),
    // A later mention beside a number is a date's.
    ("Contact Jan Kowalski.\nUpdated 26 Jan 2024. Jan agreed.", &[("Jan Kowalski", Severity::High), ("Jan", Severity::High)]),
    // Later mentions of a first name that is also a word, where a person is meant:
    // spoken to, before a person's verb, after a word that leads to a person, and in
    // capitals in a note; not "Hope this helps", "Mark the box", "Will you".
    (
        "Cc: Marsh, Hope <hope.marsh@example.nhs.uk>\n\nHope – can you check it before it goes to Mark for sign-off? Hope this helps.\n[SEUN: Mark is not exec. HOPE to check.]\nMark the box. Will you?\n\nApproved by: Mark Ellerby-Quinn, Associate Director\n\nThanks,\nSeun\n\nSeun, answers in red.",
        &[("Marsh, Hope", Severity::High), ("Hope", Severity::High), ("Mark", Severity::High), ("SEUN", Severity::High), ("Mark", Severity::High), ("HOPE", Severity::High), ("Mark Ellerby-Quinn", Severity::High), ("Seun", Severity::High), ("Seun", Severity::High)],
    ),
    // A name for review lends its first name to later mentions that need a person's
    // context ("Grace has asked"), for review.
    ("Ranger is Grace Thwaitesby, 07700 900563. Grace has asked that it is not given out. Grace period applies.", &[("Grace Thwaitesby", Severity::Review), ("Grace", Severity::Review)]),
    // A councillor acting in a private capacity is not named in the public role.
    ("It was raised by Cllr Yvonne Tate-Barlow in her private capacity, as organiser of the group. Cllr Ffion Roberts chaired.", &[("Yvonne Tate-Barlow", Severity::High), ("Ffion Roberts", Severity::Info)]),
    // A councillor named for a complaint or a referral of their own: for review.
    ("Yes – Cllr Judith Okoro complained in June.\nReferred by: Cllr Simon Farrant\nCllr Ffion Roberts chaired.", &[("Judith Okoro", Severity::Review), ("Simon Farrant", Severity::Review), ("Ffion Roberts", Severity::Info)]),
    // Two first names joined by a hyphen are a first name.
    ("Pupils included Ellie-May O'Sullivan and Anne-Marie Lowe.", &[("Ellie-May O'Sullivan", Severity::High), ("Anne-Marie Lowe", Severity::High)]),
    // A listed first name, particles, and a surname in no list: for review.
    ("Thanks to Gijs van Tulder for the patch.", &[("Gijs van Tulder", Severity::Review)]),
    // A capitalised particle, after a middle initial too; an Arabic article in lowercase.
    ("It was made by James R. Van Zandt and handled by Mohammed al-Rashid. The al-Qaeda threat.", &[("James R. Van Zandt", Severity::Review), ("Mohammed al-Rashid", Severity::High)]),
    // Welsh names a place's kind before its name.
    ("There are 214 access points at Ysbyty Dewi Sant. Dewi Jones agreed.", &[("Dewi Jones", Severity::High)]),
    // Initials signing a drafting note: for review.
    ("[PvdB: we're now on 6.4 – do we say so?]\n[NB remove name/address - MJ]\n[NB: check]", &[("PvdB", Severity::Review), ("MJ", Severity::Review)]),
    // Initials after a note's label and a dash or bracket, alone in a comment's
    // brackets, in a drafting note's brackets in capitals, signing a note's line after a
    // dash, and after a verb of drafting. Not a panel that reviewed something, nor a
    // team's letters ("[Note: HR - …]").
    ("[Comment — ST: the ones on the list]\n[Comment (DL): IT would prefer not]\n<<Comment [MNS]: says no>>\n>> DRAFTING NOTE (LH): I think we NCND\nNB - suggest we do the same here - GPJ\n[v3 - tracked changes accepted by MNS]\nDrafted by: PS 2193 / checked LH\n[Comment – YA]: the range", &[("ST", Severity::Review), ("DL", Severity::Review), ("MNS", Severity::Review), ("LH", Severity::Review), ("GPJ", Severity::Review), ("MNS", Severity::Review), ("LH", Severity::Review), ("YA", Severity::Review)]),
    ("Reviewed by IRP in March. Approved by SMT.\n[Note: HR - please confirm]\nWe will do the same here - UK", &[]),
    // A date between the initials and the colon; two writers after a draft's dash; a
    // note's writer after "NB from"; a note dropped into a line between double hyphens.
    // Not a reference's letters after a dash, nor "-- IT: is this right?".
    ("[Comment TH 09/04: check this]\nRESPONSE   [DRAFT 3 - MK/DL]\nNB from CO - not sure about this.\nLaptops (T14) -- SB: leave model out?? -- and more\n[DRAFT - FOI/ICO]\nThe rate -- IT: is this right?", &[("TH", Severity::Review), ("MK", Severity::Review), ("DL", Severity::Review), ("CO", Severity::Review), ("SB", Severity::Review)]),
    // A bilingual note's label ("Sylw / Comment").
    ("[Sylw / Comment LJ: please check the table below]", &[("LJ", Severity::Review)]),
    // A first name alone after a person's label or before a job in brackets; not
    // after any label ("Status: Amber").
    ("Logged by the Call Centre (agent: Femi).\ncc: Rhodri (Head of Digital Operations)\nStatus: Amber\nPlatform: Windows", &[("Femi", Severity::Review), ("Rhodri", Severity::Review)]),
    // A first name addressed at the head of a bracketed comment, or after a verb that
    // starts its sentence; not after a field's label ("Status: Amber –").
    ("[Comment KB: Priya – IT gave me this]\nWe refused it. Ask Tomasz before it goes out.\nStatus: Amber – on track.", &[("KB", Severity::Review), ("Priya", Severity::Review), ("Tomasz", Severity::Review)]),
    // A word made an adjective is no surname ("Welsh-language"); a team in a mail
    // header is no person ("To: Information Rights").
    ("Llinell Gymraeg / Welsh-language line. A Welsh-language version is available. Jane Smith-Jones agreed.\nFrom: Imran Shah\nTo: Information Rights\nSubject: FW: 1142", &[("Jane Smith-Jones", Severity::High), ("Imran Shah", Severity::High)]),
    // A capitalised word and a listed surname in a list with a name: for review; not a
    // longer run ("Tyrese Boateng Academy").
    ("The pupils were Amira El-Sayed and Tyreek Boateng. Staff: Jo Fry, Tyreek Boateng Academy.", &[("Amira El-Sayed", Severity::High), ("Tyreek Boateng", Severity::Review), ("Jo Fry", Severity::High)]),
    // A first name the draft gives no fuller, where a person is meant: for review.
    // Not a list of languages, "support for Darwin", "Victoria, Australia", "Ruby is".
    (
        "Wayne says they all come from the queue. Can you check with Rhodri? Will says the password is old.\nKieran,\nfigures attached.\nDanish\nDutch\nSupport for Darwin. Victoria, Australia. Ruby is a language.",
        &[("Wayne", Severity::Review), ("Rhodri", Severity::Review), ("Will", Severity::Review), ("Kieran", Severity::Review)],
    ),
    // A task a note gives someone; initials after a dash closing a note; a particle
    // starting a cell; a gallery named after a person.
    ("We should be consistent. Rhodri to confirm with the Chief Executive. Will to be decided.", &[("Rhodri", Severity::Review)]),
    // A first name of two letters, spoken to at the start of a line; not "No –".
    ("Figures attached.\n\nJo – please confirm the count.\nNo – that is wrong. Ask Jo.", &[("Jo", Severity::Review)]),
    ("[Saying what we do not use helps an attacker. – R.O.]\n40018901\tNÍ BHRIAIN, Aoife\tMDPHA\nIn the Morfydd Owen Gallery.", &[("R.O.", Severity::Review), ("NÍ BHRIAIN, Aoife", Severity::High)]),
    // Names in a table aligned with spaces, with two particles; not a list of names
    // written the other way ("Nicolas JOLY, Jason").
    ("Invoice    Agency     Locum\nINV-55134  Pennant    MACLEOD, Fiona      6098342\nINV-55187  L&B        van der Berg, Pieter   7345120\nNicolas JOLY, Jason L. Wright", &[("MACLEOD, Fiona", Severity::High), ("van der Berg, Pieter", Severity::High), ("Nicolas JOLY", Severity::High), ("Jason L. Wright", Severity::High)]),
    // Drafting notes without brackets: initials opening them with a question or a
    // note's words, in a comment's label, dotted after a dash; a first name signing
    // after a dash, in brackets before what they said, after "Note to". Not a
    // changelog's "ARM: Remove …", "XCB: check for …", nor a glossary's line.
    ("RH – is this OK to release? I've taken it from the ticket. – P.R.\n   BLE: can we lose the SEND line?\n  >> Comment (KN): IT (Graham) says take out the server bit.\nLast time ICT said no. – Nia\n[Note to Priya: please check.]", &[("RH", Severity::Review), ("P.R.", Severity::Review), ("BLE", Severity::Review), ("KN", Severity::Review), ("Graham", Severity::Review), ("Nia", Severity::Review), ("Priya", Severity::Review)]),
    // Family name first ("Zhang Wei"), for review; a relative named by a first name.
    ("The complaint was made by Zhang Wei. Her husband, Kwame, works nights. Zhang Council met.", &[("Zhang Wei", Severity::Review), ("Kwame", Severity::Review)]),
    // More notes: a colleague placed by their team ("Ffion in Legal"), named in
    // brackets before what their team says, given a task ("get Lee to"); a two-letter
    // first name signing a bracketed note or spoken to at its head; a first name and a
    // surname's initial signing after a dash; undotted initials after a sentence and a
    // dash, after "Drafting comment from", and stamping a draft's version with a date.
    // Not "(DOB 17/10/2012)", a place "in Legal" nor a sentence's "– UK".
    ("ICT (Sanjay) say the names must go. Ffion in Legal thinks s40(5B). And get Lee to change it.\n[Raised by the team\n – Mo]\n[Comment from MH: Mo – the paragraph goes too far. Happy to talk – Martin H, ext 4451]\nI'd keep supplier names only. – KA\n[Drafting comment from SP: do we need to NCND?]\nDRAFT – v2 (TW, 19/11)\nPupil (DOB 17/10/2012) is in Legal Street. It is done. – UK", &[("Sanjay", Severity::Review), ("Ffion", Severity::Review), ("Lee", Severity::Review), ("Mo", Severity::Review), ("MH", Severity::Review), ("Mo", Severity::Review), ("Martin H", Severity::Review), ("KA", Severity::Review), ("SP", Severity::Review), ("TW", Severity::Review)]),
    // An elected member by the letters after the name, a minister by the role: in
    // their public role.
    ("Mr Haines has complained to Sir Robert Pemberton MP. It was opened by the then Environment Minister, Gwyneth Rowlands MS.", &[("Haines", Severity::High), ("Robert Pemberton", Severity::Info), ("Gwyneth Rowlands", Severity::Info)]),
    // A word before a name that is also a surname, or before a surname written first;
    // "Thanks to" a first name; a senior coroner and a governing governor in their
    // public role, a headteacher for review.
    ("Trader Mohammed Iqbal was cautioned.\nPatient SMITH, John was seen.\nThanks to Priya for the figures.\nThe inquest was opened by HM Senior Coroner, Dr Alan Price. The Governing Governor, Ms Ruth Adeyemi, agreed. Headteacher Mrs Jane Holt wrote.", &[("Mohammed Iqbal", Severity::High), ("SMITH, John", Severity::High), ("Priya", Severity::Review), ("Alan Price", Severity::Info), ("Ruth Adeyemi", Severity::Info), ("Jane Holt", Severity::Review)]),
    // Who did a piece of the work, closing the clause ("QA by Tomasz."); initials in a
    // field named for them. Not "reported by SuSE." nor "Written by Will" with no stop.
    ("Caseworker notes were QA by Tomasz. Patient initials: J.T. Reported by SuSE. Written by Will and others. Per Marianne, the robot went down. Fees per annum.", &[("Tomasz", Severity::Review), ("J.T.", Severity::Review), ("Marianne", Severity::Review)]),
    // People listed surname first with semicolons, one of them a known name; a rota's
    // rows in capitals with an initial, or surname first, before a column; not a
    // header's "SURNAME, Forename", nor places listed so, nor one row alone.
    ("The panel was Llewelyn, Siân; Dubois, Mathieu; Adebayo-Hart, Kemi. Offices: Leeds, York; Hull, Selby.", &[("Llewelyn, Siân", Severity::High), ("Dubois, Mathieu", Severity::High), ("Adebayo-Hart, Kemi", Severity::High)]),
    ("On duty:\n  SURNAME, Forename   Grade\n  NICLEÒID M   WM    40718\n  FERGUSON A   FF(C) 41522\n  MacAoidh, Eòghann   FF(C) 42288\n\nPHASE B   complete\n", &[("NICLEÒID M", Severity::High), ("FERGUSON A", Severity::High), ("MacAoidh, Eòghann", Severity::High)]),
    // A surname in capitals, one part listed, after a label for a person's part.
    ("Officer: WHITTAKER-NDLOVU, Temperance — Information Governance", &[("WHITTAKER-NDLOVU, Temperance", Severity::High)]),
    // A mail header's name with the sender's rank and collar number after it; a first
    // name set between commas after a job's word, not a word ("Will").
    ("From: Oduya, Grace PC 2317\nSent: 28 August 2024 11:40\n\nOur IT manager, Callum, says no. Contact the manager, Will, on Monday.", &[("Oduya, Grace", Severity::High), ("Callum", Severity::Review)]),
    // A requester's surname before "request"; a first name before what they did.
    // (And a greeting in lowercase: "hi Gwen".)
    ("hi Gwen - draft reply below for the Mulholland request. Creds are in the appendix Raj pasted.", &[("Gwen", Severity::High), ("Mulholland", Severity::Review), ("Raj", Severity::Review)]),
    // "CEO" with a badge after the name is a civil enforcement officer, not an executive.
    ("  Cancelled: 11/03/2024 by CEO ADEYEMI, Babatunde (badge CEO 2207)", &[("ADEYEMI, Babatunde", Severity::High)]),
    // A sergeant's rank with a collar number before a surname; a postscript is none.
    ("The detainee was booked in by PS 4471 Hughes at 10:00. PS Please call.", &[("Hughes", Severity::High)]),
    // A name that begins a health centre's is no person.
    ("| Florence Nightingale Health Centre | 0117 496 0120 |", &[]),
    ("ARM: Remove fallback to ARMv6.\nXCB: check for and handle I/O errors.\nIRC: I am on irc.gnome.org.\nEDR – endpoint detection and response\nCAD – can be used offline", &[]),
];

#[test]
fn names_in_every_form() {
    assert_names(NAMES);
}

/// Each name's reason says what showed it to be a name, and a name that could as well
/// be a place says so and is for review.
#[test]
fn name_reasons_say_why() {
    let s = scanner();
    let cases: &[(&str, &str, Severity, &str)] = &[
        ("Dear Mrs Price,\n\nThank you.", "Price", Severity::High, "by the title before it."),
        ("Hi Jordan – figures below.", "Jordan", Severity::High, "by the greeting."),
        ("Yours sincerely,\n\nMark Day\nInformation Governance Officer", "Mark Day", Severity::High, "by its place under the sign-off."),
        ("The form was checked by Victoria Ward last week.", "Victoria Ward", Severity::Review, "by its first name and surname. It could also be a place or building named after a person: check."),
        ("The form was checked by Sarah Lindqvist last week.", "Sarah Lindqvist", Severity::Review, "by its first name, before a word that may be a surname. It could also be a firm, product or place: check."),
        ("I passed it to Rhiannon Ellis, Parking Appeals Officer. You can reach Rhiannon on the number below.", "Rhiannon", Severity::High, "by another mention of the same person in the draft."),
        ("Can you check with Rhodri before it goes?", "Rhodri", Severity::Review, "by a first name used alone, as notes and emails name colleagues. A first name alone could also be a word or a place: check."),
        // Initials before what a person did: the reason says so, not a note's signature.
        ("AK rang the requester on Monday.", "AK", Severity::Review, "by the words around it, which say whose record it is (a patient, a pupil, a title) or what the person did (\"ICT (A.N.) confirms\"). Initials could also be an abbreviation: check."),
    ];
    for &(text, name, severity, ends) in cases {
        let report = s.scan(text);
        let f = report
            .findings
            .iter()
            .find(|f| f.kind == Kind::PersonName && f.text == name)
            .unwrap_or_else(|| panic!("{name} in {text:?}: {:?}", report.findings));
        assert_eq!(f.severity, severity, "{text:?}");
        assert!(
            f.reason.ends_with(&format!("Recognised as a name {ends}")),
            "{text:?}: {}",
            f.reason
        );
    }
}

#[test]
fn public_people_from_config_are_info() {
    let config = Config::from_json(r#"{"publicPeople": ["Priya Raman"]}"#).unwrap();
    let s = Scanner::new(config).unwrap();
    let text = "please contact Priya Raman, Patient Experience Manager.";
    let f = s
        .scan(text)
        .findings
        .into_iter()
        .find(|f| f.kind == Kind::PersonName)
        .unwrap();
    assert_eq!(
        (f.text.as_str(), f.severity),
        ("Priya Raman", Severity::Info)
    );
    let plain = scanner()
        .scan(text)
        .findings
        .into_iter()
        .find(|f| f.kind == Kind::PersonName)
        .unwrap();
    assert_eq!(plain.severity, Severity::High);
}

/// The config's other lists: a role mailbox by its address or its local part, in any
/// case; a public number in any spacing; an allowed text in any case. Each is matched
/// exactly, and only what it names changes.
#[test]
fn config_role_mailboxes_public_numbers_and_allow() {
    let config = Config::from_json(
        r#"{"roleMailboxes": ["Sam.Lee@Example.gov.uk", "PAT.JONES"],
            "publicNumbers": ["0113 4960 590"],
            "allow": ["  TIGHTVNC "]}"#,
    )
    .unwrap();
    let text =
        "Write to sam.lee@example.gov.uk, pat.jones@other.gov.uk or jo.bloggs@example.gov.uk.\n\
                Her direct line is 0113 496 0590.\nHis direct line is 0113 496 0591.\n\
                We use TightVNC and AnyDesk.";
    let found = |s: &Scanner| -> Vec<(String, Severity)> {
        s.scan(text)
            .findings
            .into_iter()
            .map(|f| (f.text, f.severity))
            .collect()
    };
    let severity =
        |found: &[(String, Severity)], t: &str| found.iter().find(|f| f.0 == t).map(|f| f.1);
    let plain = found(&scanner());
    let with = found(&Scanner::new(config).unwrap());
    for email in ["sam.lee@example.gov.uk", "pat.jones@other.gov.uk"] {
        assert_eq!(severity(&plain, email), Some(Severity::High), "{email}");
        assert_eq!(
            severity(&with, email),
            Some(Severity::Info),
            "{email}: {with:?}"
        );
    }
    assert_eq!(
        severity(&with, "jo.bloggs@example.gov.uk"),
        Some(Severity::High)
    );
    assert_eq!(severity(&plain, "0113 496 0590"), Some(Severity::High));
    assert_eq!(
        severity(&with, "0113 496 0590"),
        Some(Severity::Info),
        "{with:?}"
    );
    assert_eq!(severity(&with, "0113 496 0591"), Some(Severity::High));
    assert!(severity(&plain, "TightVNC").is_some());
    assert_eq!(severity(&with, "TightVNC"), None);
    assert!(severity(&with, "AnyDesk").is_some());
}

/// A response that names only executives, team mailboxes and switchboards produces
/// nothing above `info`.
#[test]
fn executives_mailboxes_and_switchboards_only() {
    let text = "Northfield Valley NHS Trust\nQueen Elizabeth Hospital\nChapeltown Road\nLeeds\nLS7 4SA\n\nSwitchboard: 0113 496 0000\nEmail: nfv-tr.foi@nhs.net\n\nDear Requester\n\nThank you for your request. The Trust's Chief Executive is Dr Rachel Ashworth and the Board is chaired by Joan Whitaker. The Director of Finance, Simon Whitfield, leads on procurement; the Communications Team can be reached on 0113 496 0590 or nfv-tr.communications@nhs.net. Patients may call PALS on freephone 0808 157 0123.\n\nIf you are unhappy, write to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF (telephone 0303 123 1113).\n\nYours sincerely\n\nFreedom of Information Team\nNorthfield Valley NHS Trust\n";
    let report = scanner().scan(text);
    let above: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info)
        .map(|f| format!("{} {:?} {}", f.rule, f.text, f.reason))
        .collect();
    assert!(above.is_empty(), "{above:#?}");
    assert!(report
        .findings
        .iter()
        .any(|f| f.text == "Rachel Ashworth" && f.rule == "person.public_role"));
    assert!(report
        .findings
        .iter()
        .any(|f| f.text == "0113 496 0000" && f.context == Context::Letterhead));
}

/// An expected finding: kind, text, severity.
type Expected = (Kind, &'static str, Severity);

/// (draft, expected findings)
const IDENTIFIERS: &[(&str, &[Expected])] = &[
    ("a patient (NHS No. 9908100335, DOB 2 July 1956) waited", &[(Kind::NhsNumber, "9908100335", Severity::High), (Kind::DateOfBirth, "2 July 1956", Severity::High)]),
    ("raised under purchase order 5193451450 and invoiced as 402 374 0954;", &[]),
    ("National Insurance number JM 55 21 90 A), at Flat 2, 14 Heol Dewi Sant, Glanmor CF83 9TN. Next", &[(Kind::NiNumber, "JM 55 21 90 A", Severity::High), (Kind::PostalAddress, "Flat 2, 14 Heol Dewi Sant, Glanmor CF83 9TN", Severity::High)]),
    ("the Commissioner at 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.", &[(Kind::PostalAddress, "CF10 2HH", Severity::Info)]),
    ("(student numbers 21044387 and 21051920) were told", &[(Kind::OtherIdentifier, "21044387", Severity::High), (Kind::OtherIdentifier, "21051920", Severity::High)]),
    ("registration LC19 ZRT, belonging to a visitor", &[(Kind::OtherIdentifier, "LC19 ZRT", Severity::High)]),
    // People's numbers in a list after "IDs", the people named before; not cameras'.
    ("Three students in MATH1102 (IDs 23004418, 23011952, 23007731) were stuck. Camera IDs 10442, 10443.", &[(Kind::OtherIdentifier, "23004418", Severity::High), (Kind::OtherIdentifier, "23011952", Severity::High), (Kind::OtherIdentifier, "23007731", Severity::High)]),
    // A pass's number after a bracket, a dash or whose pass it is; not the verb, nor a
    // test's "PASS:"; "acc" for a council tax account.
    ("Door staff: T. Mensah-Boateng (pass KBA 004417); MACLEOD, Iain – pass CW-2231 – site.", &[(Kind::OtherIdentifier, "KBA 004417", Severity::High), (Kind::OtherIdentifier, "CW-2231", Severity::High)]),
    ("Tests pass 123456 times and builds pass ABC-1234 checks.\nPASS: PR 27355\n", &[]),
    // A record's reference before the person's name and birth date, or a number after
    // an ID's label there; not the request's own number.
    ("Dear Sir,\n\nNotes follow.\n\nVisit HFSV-23-08817: Carmichael-Noone, Edith, DOB 03.09.1938.\nTheo, O'Driscoll-Hart – ID 230917, DOB 03/02/2007.\nFOI-2024-0417 – from Mr Jon Hale, DOB 01/02/1960.\n", &[(Kind::OtherIdentifier, "HFSV-23-08817", Severity::High), (Kind::DateOfBirth, "03.09.1938", Severity::High), (Kind::OtherIdentifier, "230917", Severity::High), (Kind::DateOfBirth, "03/02/2007", Severity::High), (Kind::DateOfBirth, "01/02/1960", Severity::High)]),
    // An audit log's User column; a staff number listed after another's in the
    // sentence, not a number of another shape.
    ("Dear Sir,\n\nNotes follow.\n\n| Time | User | Name |\n|---|---|---|\n| 09:14 | mnicill01 | NicIlleathain, Mòrag |\n\nFobs for staff no. WC20417 (Ellis Marwood) and WC21983 (Gina Tallis), not WC219 or W219834.\n", &[(Kind::OtherIdentifier, "mnicill01", Severity::High), (Kind::OtherIdentifier, "WC20417", Severity::High), (Kind::OtherIdentifier, "WC21983", Severity::High)]),
    // A record's account after a name; research participants' codes, not ages; a
    // child's birth date (the name with it is `names_given_with_an_age`'s).
    ("Mr Hamish Baptiste (berth account BH-00731) and the user account ADM-00412.", &[(Kind::OtherIdentifier, "BH-00731", Severity::High)]),
    ("Participants P-0347 to P-0352 were re-consented; participants 18 to 65 took part.", &[(Kind::OtherIdentifier, "P-0347", Severity::High), (Kind::OtherIdentifier, "P-0352", Severity::High)]),
    ("The report names the child (Kayden R, DOB 03/02/2019) and", &[(Kind::DateOfBirth, "03/02/2019", Severity::High)]),
    // A person's care or case record, its number after "is" or at once; not a count
    // after "record".
    ("Noted: care record is CAH-2291-77. The case record CR-44817 is closed. A record 1500 visitors came.", &[(Kind::OtherIdentifier, "CAH-2291-77", Severity::High), (Kind::OtherIdentifier, "CR-44817", Severity::High)]),
    ("NINO JT 48 27 91 B, CTax acc 60012847. The Jira acc 12345 is shared.", &[(Kind::NiNumber, "JT 48 27 91 B", Severity::High), (Kind::OtherIdentifier, "60012847", Severity::High)]),
    // The Scottish Information Commissioner's published number.
    ("You can appeal to the Scottish Information Commissioner, telephone 01334 464610.", &[(Kind::Phone, "01334 464610", Severity::Info)]),
    // The body given a number; an adjudicator's published number.
    ("please call the Authority on 029 2018 0000. You may apply to the Office of the Independent Adjudicator, telephone 0118 959 9813.", &[(Kind::Phone, "029 2018 0000", Severity::Info), (Kind::Phone, "0118 959 9813", Severity::Info)]),
];

/// Each draft's names, with their severities, are the table's.
fn assert_names(table: &[(&str, &[(&str, Severity)])]) {
    let s = scanner();
    for (text, want) in table {
        let got: Vec<(&str, Severity)> = s
            .scan(text)
            .findings
            .iter()
            .filter(|f| f.kind == Kind::PersonName)
            .map(|f| (&text[f.start..f.end], f.severity))
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}

/// Each draft's personal-data findings other than names are the table's.
fn assert_identifiers(table: &[(&str, &[Expected])]) {
    let s = scanner();
    for (text, want) in table {
        let got: Vec<(Kind, &str, Severity)> = s
            .scan(text)
            .findings
            .iter()
            .filter(|f| {
                f.kind.family() == redaction_check::Family::Personal && f.kind != Kind::PersonName
            })
            .map(|f| (f.kind, &text[f.start..f.end], f.severity))
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}

#[test]
fn uk_identifiers() {
    assert_identifiers(IDENTIFIERS);
}

/// (draft, expected (kind, text, severity) of identifier findings): registrations with
/// no cue, tables about people, references tied to a person, HMRC's example NI number;
/// and what must stay unflagged.
const IDENTIFIERS_WIDER: &[(&str, &[Expected])] = &[
    ("Between 9am and 5pm LK19 XRT and YA68NBF were parked there.", &[(Kind::OtherIdentifier, "LK19 XRT", Severity::Review), (Kind::OtherIdentifier, "YA68NBF", Severity::Review)]),
    ("Ages not yet issued or never used: LK27 XRT, LK99 XRT, ZA19 XRT.", &[]),
    // A person's short code after the word for them; not a name, a year or a longer
    // code after such a word.
    ("Olamide Bankole (tech ID PG-117) attended. Warden Ceri (badge TW04) filmed it. Photographs taken by CEO EP047 show the car.", &[(Kind::OtherIdentifier, "PG-117", Severity::High), (Kind::OtherIdentifier, "TW04", Severity::High), (Kind::OtherIdentifier, "EP047", Severity::High)]),
    ("The officer 2024 figures. Engineer PG-117-B was fitted. The driver A1 route.", &[]),
    // A card's sixteen digits in four groups of four; not a row of years, not five
    // groups, not an ORCID iD.
    ("A passenger whose concessionary pass (6330 0217 4458 1092) was declined. Card 4929-1234-5678-9012 was refunded.", &[(Kind::OtherIdentifier, "6330 0217 4458 1092", Severity::High), (Kind::OtherIdentifier, "4929-1234-5678-9012", Severity::High)]),
    ("Years 2021 2022 2023 2024 shown. Ref 1234 5678 9012 3456 7890 noted.", &[]),
    // A private operator's parking charge notice, as a council's penalty charge notice.
    ("Your letter about the parking charge notice KUH-5530418 issued to your car.", &[(Kind::OtherIdentifier, "KUH-5530418", Severity::High)]),
    ("The figures are below, one row for each notice that we issued last year.\n| PCN number | VRM | Amount £ |\n|---|---|---|\n| WX40061735 | BD51 SMR | 70 |\n\nTotals: 70", &[(Kind::OtherIdentifier, "WX40061735", Severity::High), (Kind::OtherIdentifier, "BD51 SMR", Severity::High)]),
    ("The figures are below, one row for each contract that we let in the last year.\nContract reference\tSupplier\tValue £\nCR-2023-0041\tAcme Ltd\t12,000\nAsset ID\tModel\nA00123\tLatitude 5420", &[]),
    ("His disciplinary case HR/23/0418 and appeal reference APP/24/0117 were heard.", &[(Kind::OtherIdentifier, "HR/23/0418", Severity::High), (Kind::OtherIdentifier, "APP/24/0117", Severity::High)]),
    ("A safeguarding referral SG-23-1187 was made; claim AV-30716 was paid.", &[(Kind::OtherIdentifier, "SG-23-1187", Severity::High), (Kind::OtherIdentifier, "AV-30716", Severity::High)]),
    ("Our ref: FOI/2024/0562. Under framework reference RM6261, section 40(2) and ISO 27001 apply.", &[]),
    ("NI number QQ 12 34 56 C was given.", &[(Kind::NiNumber, "QQ 12 34 56 C", Severity::Review)]),
    // Rows of a staff list pasted without its header: a number beside a name written
    // surname first in capitals; not beside words that look like one, nor a phone.
    ("[Comment: full list -\n   | ENF/23/0043 | PRITCHARD, Gwenllian | decking |\n   | ENF/23/0051 | Finance, Estates | caravan |", &[(Kind::OtherIdentifier, "ENF/23/0043", Severity::Review)]),
    ("<<NB: take out the list pasted below>>\n| PATEL, Anjali | Band 5 | 40219877 |\n\n| Finance, Estates | 2024 | 120000 |\n| MENSAH, Kwabena | 01632960123 |", &[(Kind::OtherIdentifier, "40219877", Severity::Review), (Kind::Phone, "01632960123", Severity::High)]),
    // A reference of a series the draft gives as a person's case elsewhere; not the
    // letter's own reference, nor a longer number.
    ("The one asked about is EH/NOI/23/04127 – a barking dog. The van is case EH/NOI/23/05532.\nOur ref: EH/NOI/23/00001. See EH/NOI/23/0412799.", &[(Kind::OtherIdentifier, "EH/NOI/23/04127", Severity::High), (Kind::OtherIdentifier, "EH/NOI/23/05532", Severity::High)]),
    // A record's block: its reference on the line above the person's date of birth;
    // not the letter's own reference, nor one a blank line away.
    ("Example of a referral:\n    Ref: SW-23-04412\n    Resident: Mr Edward Gallagher, DOB 14/02/1938\n\nOur ref: FOI-23-04412\nDear Mr Smith, DOB 14/02/1939\n\nRef: SW-23-04413\n\nBorn: DOB 15/02/1938\n", &[(Kind::OtherIdentifier, "SW-23-04412", Severity::High), (Kind::DateOfBirth, "14/02/1938", Severity::High), (Kind::DateOfBirth, "14/02/1939", Severity::High), (Kind::DateOfBirth, "15/02/1938", Severity::High)]),
    // A second number of the shape on a line labelled NHS no, mistyped: for review. Not
    // on a line with no such label, nor a third number.
    ("NHS no: 943 476 5919 (shown on the letter as 943 476 5991)", &[(Kind::NhsNumber, "943 476 5919", Severity::High), (Kind::NhsNumber, "943 476 5991", Severity::Review)]),
    ("Order no: 943 476 5918 (shown on the letter as 943 476 5991)", &[]),
    ("NHS no: 943 476 5919, invoices 402 374 0954 and 402 374 0955", &[(Kind::NhsNumber, "943 476 5919", Severity::High)]),
    // "payroll" alone before a number; "collar number is"; a council tax account's
    // reference column; a claim after an NI number ("PW" is its prefix, no password).
    ("reviewed by an officer (payroll AMB004417) on Monday; payroll costs rose by 12,000.", &[(Kind::OtherIdentifier, "AMB004417", Severity::High)]),
    ("His collar number is 4127 if needed.", &[(Kind::OtherIdentifier, "4127", Severity::High)]),
    // Numbers a prison, the police, probation or the electoral register give a person,
    // by their label; a system's number in a sentence about a patient; not a thing's.
    ("Folder held papers for a man, CRN X349872, prison no. A4172CZ. His NOMIS number is G2231UV.", &[(Kind::OtherIdentifier, "X349872", Severity::High), (Kind::OtherIdentifier, "A4172CZ", Severity::High), (Kind::OtherIdentifier, "G2231UV", Severity::High)]),
    ("the record is CR/44871/24, PNC ID 24/118734X; elector no. KA1-0143 voted", &[(Kind::OtherIdentifier, "24/118734X", Severity::High), (Kind::OtherIdentifier, "KA1-0143", Severity::High)]),
    ("re patient J.M., RiO no. RIO1138274, was seen. Model no. AB12345 was fitted for the patient. The prison has 4172 places; custody suite no. CS-4417 is Bay 2.", &[(Kind::OtherIdentifier, "RIO1138274", Severity::High)]),
    // A person's account, pass, collar, driver's or cremation number by its label; not a
    // test log's "PASS:", a config's "user: 252020" or a year.
    ("Nadia – Case Manager – user YJ0142. PC Jordan Achebe (collar KV4512). Screener was Y. Al-Hashimi, ID pass SMA-20931. She mentioned driver 40718. The entry (cremation no. C2024/1187) was wrong.", &[(Kind::OtherIdentifier, "YJ0142", Severity::High), (Kind::OtherIdentifier, "KV4512", Severity::High), (Kind::OtherIdentifier, "SMA-20931", Severity::High), (Kind::OtherIdentifier, "40718", Severity::High), (Kind::OtherIdentifier, "C2024/1187", Severity::High)]),
    ("PASS: X86-64 nops\ntimes: user: 252020\na bus pass 2024 scheme", &[]),
    // Tables about people by a header naming them ("Name", "Manager"): their extension
    // column; an SIA licence, a reader's ticket and a "DOB / contact" column.
    ("| Site | Manager | Ext | Email |\n|---|---|---|---|\n| Harbour Gym | a manager | 2251 | a mailbox |", &[(Kind::Phone, "2251", Severity::High)]),
    ("Operator\tSIA licence\tShift\nA. Person\t1013 4762 8839 0215\tFri\n\nName\tReader's ticket\tDOB / contact\nA. Person\tWM-RT-56014\t2007-05-19", &[(Kind::OtherIdentifier, "1013 4762 8839 0215", Severity::High), (Kind::OtherIdentifier, "WM-RT-56014", Severity::High), (Kind::DateOfBirth, "2007-05-19", Severity::High)]),
    // A reference after a bare "ref", built as case systems build theirs: for review;
    // not the letter's own, nor a request's or a contract's.
    ("Yes, one was raised, ref GR-ENG-2025-007, and heard in May.", &[(Kind::OtherIdentifier, "GR-ENG-2025-007", Severity::Review)]),
    ("Reference: PCJS-IR-2025-041\nThank you for your request, ref KV-2025-0411. The contract, ref CN-2024-0113, was let.", &[]),
    ("Rank | Account ref | Account holder | Band\n1 | 60018823 | a name | E\n2 | 60031477 | a name | D", &[(Kind::OtherIdentifier, "60018823", Severity::High), (Kind::OtherIdentifier, "60031477", Severity::High)]),
    ("Account code | Description | Amount\n40211 | Stationery | 1,200", &[]),
    // A record's word alone over a column, in a table about people; a home postcode column.
    ("Incident\tReported by\tVan\tStaff no.\nGVW-PI-23-0417\ta resident\tCN71 WVB\tGV20981\n\nIncident\tSite\tCount\nFlooding\tLeeds 2\t12", &[(Kind::OtherIdentifier, "GVW-PI-23-0417", Severity::High), (Kind::OtherIdentifier, "CN71 WVB", Severity::Review), (Kind::OtherIdentifier, "GV20981", Severity::High)]),
    ("Inquest no.\tFamily contact\nSVC-INQ-2022-0318\ta relative", &[(Kind::OtherIdentifier, "SVC-INQ-2022-0318", Severity::High)]),
    // A date of birth year first; a record's number after "is"; not a month 13.
    ("Payroll no. 00418273  DOB 1981-09-14; born 2020-13-01. Our complaint ref is CMP/2024/0418.", &[(Kind::OtherIdentifier, "00418273", Severity::High), (Kind::DateOfBirth, "1981-09-14", Severity::High), (Kind::OtherIdentifier, "CMP/2024/0418", Severity::High)]),
    // A DOB column; an extension and a DBS certificate's number in a table about people.
    ("Pupil | DOB | Year\na pupil | 2011-08-02 | 5\n\nRole | Ext | DBS cert no.\nDSL | 2139 | 001802116437", &[(Kind::DateOfBirth, "2011-08-02", Severity::High), (Kind::Phone, "2139", Severity::High), (Kind::OtherIdentifier, "001802116437", Severity::High)]),
    ("Name\tPayroll no.\tHome postcode\na name\tKV004417\tKV4 7NS", &[(Kind::OtherIdentifier, "KV004417", Severity::High), (Kind::PostalAddress, "KV4 7NS", Severity::High)]),
    // The switchboard beside someone's own mobile, outside the letterhead: their contact.
    ("Switchboard: 0151 496 0000\n\nDear Sir\n\nText.\n\nOrla\nElectoral Services Manager\n0151 496 0000 (via switchboard) | mob 07700 900851\n", &[(Kind::Phone, "0151 496 0000", Severity::Info), (Kind::Phone, "0151 496 0000", Severity::Review), (Kind::Phone, "07700 900851", Severity::High)]),
    // The switchboard given with a person to ask for: their contact, for review.
    ("Switchboard: 0113 496 0500\n\nDear Sir\n\nText.\n\nPlease call 0113 496 0500 and ask for Nadia, or 0113 496 0500 and ask for the duty officer.", &[(Kind::Phone, "0113 496 0500", Severity::Info), (Kind::Phone, "0113 496 0500", Severity::Review), (Kind::Phone, "0113 496 0500", Severity::Info)]),
    // The switchboard asked for a post by its title: that person's way in. Under its own
    // "Switchboard:" label beside a direct line, the office's.
    ("Switchboard: 0113 496 0500\n\nDear Sir\n\nPlease call 0113 496 0500 and ask for the Electoral Services Manager.\n\nYours faithfully\n\nJo Bloggs\nElectoral Services Officer\nDirect: 0113 496 0418 | Switchboard: 0113 496 0500\n", &[(Kind::Phone, "0113 496 0500", Severity::Info), (Kind::Phone, "0113 496 0500", Severity::Review), (Kind::Phone, "0113 496 0418", Severity::High), (Kind::Phone, "0113 496 0500", Severity::Info)]),
    ("Switchboard: 01632 960300\n\nDear Sir\n\nText.\n\nYours sincerely\n\nEilidh Sutherland\nCompliance Administrator\nTel: 01632 960300 (ask for Eilidh)\n", &[(Kind::Phone, "01632 960300", Severity::Info), (Kind::Phone, "01632 960300", Severity::Review)]),
    // Services' numbers; the letterhead's switchboard beside its own mailbox.
    ("Bus information is on the Wearmoor Travel Line on 0113 496 0400, and the Patient Advice and Liaison Service on 0117 496 0550.", &[(Kind::Phone, "0113 496 0400", Severity::Info), (Kind::Phone, "0117 496 0550", Severity::Info)]),
    // A house number and street with no postcode: for review; not a year, a section's
    // number or an organisation's building.
    ("Mrs B of 22 Tennyson Close, Marlow complained about the collision outside 14 Mill Lane. In 2023 Leeds Road was resurfaced; see section 3 Data Park. Civic Centre, 1 Market Street.", &[(Kind::PostalAddress, "22 Tennyson Close, Marlow", Severity::Review), (Kind::PostalAddress, "14 Mill Lane", Severity::Review)]),
    // A postcode in the answer with no house number before it: a home's, perhaps, for
    // review; with a house number and a Welsh street, a home. Not the ICO's address over
    // several lines, nor the letterhead's, nor a building's.
    ("taken from her car outside a patient's house on Lidgate Crescent, Ossett WF5 0RN. The second job was at SA44 5QT.", &[(Kind::PostalAddress, "Lidgate Crescent, Ossett WF5 0RN", Severity::Review), (Kind::PostalAddress, "SA44 5QT", Severity::Review)]),
    ("The tenant was Mrs Prydderch, 7 Maes y Deri, Llanbedr Pont Steffan SA48 7YL, a tenant.", &[(Kind::PostalAddress, "7 Maes y Deri, Llanbedr Pont Steffan SA48 7YL", Severity::High)]),
    ("You may complain to the:\n\nInformation Commissioner's Office\nWycliffe House\nWater Lane\nWilmslow\nCheshire\nSK9 5AF\n\nOur depot at Riverside Depot Offices, Leeds LS9 0PJ.", &[(Kind::PostalAddress, "SK9 5AF", Severity::Info), (Kind::PostalAddress, "LS9 0PJ", Severity::Info)]),
    // A date of birth with its month's name between hyphens; the addressee's address
    // in the letterhead, just above the greeting; the NI Commissioner's office.
    ("Mr Albert Fenwick (DOB 03-Feb-1941) was sent it.", &[(Kind::DateOfBirth, "03-Feb-1941", Severity::High)]),
    ("Erne Trust\nTyrone House, 1 Main Street, Omagh BT78 1AA\n\nDate: 18 November 2024\n\nTadhg Breslin\n22 Killyhevlin Park, Lisnaskea BT92 0KQ\n\nDear Mr Breslin\n\nText.\n\nContact the Commissioner at 10th Floor, Causeway Exchange, 1-7 Bedford Street, Belfast BT2 7EG.", &[(Kind::PostalAddress, "BT78 1AA", Severity::Info), (Kind::PostalAddress, "22 Killyhevlin Park, Lisnaskea BT92 0KQ", Severity::High), (Kind::PostalAddress, "BT2 7EG", Severity::Info)]),
    // Digits after a system's short name and "ID" beside a person's record; not a job's.
    ("Card suspended: Mr Winston Grant, DOB 17.03.1948, LAS ID 3308176. The job ID 123456 was closed.", &[(Kind::DateOfBirth, "17.03.1948", Severity::High), (Kind::OtherIdentifier, "3308176", Severity::High)]),
    // A drone pilot's flyer ID after its label.
    ("  Sgt 2217 Bethan Rowlands   Unit supervisor   Flyer ID GBR-RP-4N7Q2K8ZT1MB\n", &[(Kind::OtherIdentifier, "2217", Severity::High), (Kind::OtherIdentifier, "GBR-RP-4N7Q2K8ZT1MB", Severity::High)]),
    // A RIDDOR report's reference after its label.
    ("   RIDDOR ref:     RIDDOR-202311-0394\n", &[(Kind::OtherIdentifier, "RIDDOR-202311-0394", Severity::High)]),
    // A smartcard's and a borrower's numbers; a Vehicle column of registrations in a
    // table about people, not its make and model.
    ("It was logged against the smartcard 633597 0120 4481 7762 held by him. Your account (borrower no. 2281 4476) shows it.", &[(Kind::OtherIdentifier, "633597 0120 4481 7762", Severity::High), (Kind::OtherIdentifier, "2281 4476", Severity::High)]),
    ("Route | Vehicle | Staff No.\nBY-114 | KXZ 4417 | EAN-T-30417\nBY-115 | Ford Transit 2.0 | EAN-T-30418\n", &[(Kind::OtherIdentifier, "KXZ 4417", Severity::High), (Kind::OtherIdentifier, "EAN-T-30417", Severity::High), (Kind::OtherIdentifier, "EAN-T-30418", Severity::High)]),
    // A desk line beside the person's mobile, over the body's address; a service desk's.
    ("Regards\nTom Hill\nProbation Officer\nMob: 07700 900418 | Desk: 0113 496 0271\nCarrick House, 18 Station Approach, Northfold NF1 2BB\n\nIT Service Desk: 0113 496 0222 | Mob: 07700 900419", &[(Kind::Phone, "07700 900418", Severity::High), (Kind::Phone, "0113 496 0271", Severity::High), (Kind::PostalAddress, "NF1 2BB", Severity::Info), (Kind::Phone, "0113 496 0222", Severity::Info), (Kind::Phone, "07700 900419", Severity::High)]),
    // A signature's own desk line; a service desk's number.
    ("Text.\n\nYours sincerely\n\nGareth\nHead of Security Operations\nDesk 029 2018 0561\n\nIT Service Desk 0113 496 0222.", &[(Kind::Phone, "029 2018 0561", Severity::High), (Kind::Phone, "0113 496 0222", Severity::Info)]),
    // A collar number in brackets after an officer's rank and name; not after a firm.
    ("See Sgt Kerry Doyle (1187) note. The Council (2024) met; Acme Ltd (4127) paid.", &[(Kind::OtherIdentifier, "1187", Severity::High)]),
    // Or after them, ending a signature's line or before a comma; not a year, nor a
    // number the sentence goes on with.
    ("Thanks,\nImran\n\nSgt Imran Qureshi 4417\nEconomic Crime Unit\nDS Amy Roe 4471, Major Crime\nPC Jo Bell 2023, and Sgt Kerry Doyle 12 times.", &[(Kind::OtherIdentifier, "4417", Severity::High), (Kind::OtherIdentifier, "4471", Severity::High)]),
    // A subject access request's reference; a repair job's number in a table about
    // tenants.
    ("It was handled as a subject access request, reference SAR-24-077. VISAR-2024-01 is a model.", &[(Kind::OtherIdentifier, "SAR-24-077", Severity::High)]),
    ("Job no\tAddress\tTenant\nRJ-2310-55821\ta flat\ta tenant\n\nJob no\tSite\tCost\nRJ-2310-55822\tDepot\t120", &[(Kind::OtherIdentifier, "RJ-2310-55821", Severity::High)]),
    // A safeguarding enquiry's reference; not the requester's own enquiry.
    ("Safeguarding enquiry SG-2023-04417 concerned a resident. Your enquiry FOI-24-0093 was logged; enquiry 2024 figures.", &[(Kind::OtherIdentifier, "SG-2023-04417", Severity::High)]),
    // A flat's address with a house's name and no house number.
    ("JOB 55102 – a tenant, Flat 4, Seacole House, Dockside Lane, Tidemouth TQ16 2RB – no access", &[(Kind::PostalAddress, "Flat 4, Seacole House, Dockside Lane, Tidemouth TQ16 2RB", Severity::High)]),
    // A freephone service named "Direct"; a number after another sentence's team.
    ("If you are worried, call Adult Social Care Direct on 0808 157 0342 (24 hours).", &[(Kind::Phone, "0808 157 0342", Severity::Info)]),
    ("It was closed by the team manager. Ms Field can be contacted on 01632 960417 if needed. IT Service Desk. Tel 01632 960000.", &[(Kind::Phone, "01632 960417", Severity::High), (Kind::Phone, "01632 960000", Severity::Info)]),
    ("Email: ferncliffe.practice@nhs.net or reception.surgery@example.nhs.uk", &[(Kind::Email, "ferncliffe.practice@nhs.net", Severity::Info), (Kind::Email, "reception.surgery@example.nhs.uk", Severity::Info)]),
    ("the neighbour, NI PW 58 21 93 C, HB claim HB/2023/04471, of", &[(Kind::NiNumber, "PW 58 21 93 C", Severity::High), (Kind::OtherIdentifier, "HB/2023/04471", Severity::High)]),
    // An identifier flagged in a table is flagged where a note gives it again; not
    // inside a longer code.
    ("| User ID | Name | Record viewed |\n| N04512 | OKAFOR, Chidi | X384117 |\n\nNote from Chidi: X384117 is Jordan Pike; X3841170 is not.", &[(Kind::OtherIdentifier, "N04512", Severity::High), (Kind::OtherIdentifier, "X384117", Severity::Review), (Kind::OtherIdentifier, "X384117", Severity::Review)]),
    // Scotland's CHI and Northern Ireland's Health and Care Number, labelled, whose
    // check digit fails: for review, as a mistyped NHS number is; not a phone number.
    ("Patient (Health and Care Number 320 482 1957) and CHI number 0101801234 were seen.", &[(Kind::NhsNumber, "320 482 1957", Severity::Review), (Kind::NhsNumber, "0101801234", Severity::Review)]),
    // A council tax account's and a customer's number; a ticket raised by a person.
    ("Council tax account 40012345 is in arrears; council tax 2024 rose. Customer number C-889911 rang. Helpdesk ticket INC0012345 raised by Sarah Jones.", &[(Kind::OtherIdentifier, "40012345", Severity::High), (Kind::OtherIdentifier, "C-889911", Severity::High), (Kind::OtherIdentifier, "INC0012345", Severity::High)]),
    // Bank details, a passport's and a DVLA licence's number, a card's last digits; not
    // a code or an account without a sort code, nor a year ending.
    ("Refund to sort code 20-45-77, account 43567812. Passport number 123456789. Driving licence MORGA753116SM9IJ. IBAN GB33BUKB20201555555555. Paid by the card ending 4421.", &[(Kind::OtherIdentifier, "20-45-77", Severity::High), (Kind::OtherIdentifier, "43567812", Severity::High), (Kind::OtherIdentifier, "123456789", Severity::High), (Kind::OtherIdentifier, "MORGA753116SM9IJ", Severity::High), (Kind::OtherIdentifier, "GB33BUKB20201555555555", Severity::High), (Kind::OtherIdentifier, "4421", Severity::Review)]),
    ("The year ending 2024. Code 20-45-71 applies. Account 43567811 was closed.", &[]),
    // A firefighter's service number; not a bus service's, nor a helpline's.
    ("Watch Manager Siobhan Bell (service no. 40718) reported it. Service no. 12 runs hourly; customer service number 08001234567.", &[(Kind::OtherIdentifier, "40718", Severity::High), (Kind::Phone, "08001234567", Severity::Info)]),
    // A prison number by a prison's words; not a part number.
    ("He was released from HMP Hewell as A4127EK. The part A1234BC was fitted.", &[(Kind::OtherIdentifier, "A4127EK", Severity::High)]),
    // A record's reference beside the person it is about; not a date, a standard or
    // the request's own reference.
    ("the complaint from Mr Liu Jianguo (CMP-2024-0392) about his booking. Subject access request CCTV-SAR-2024-07 from Mr Jamal Haddad is open. Jane Smith (12/03/2024), Sarah Jones (ISO-27001) and Karen Holt (FOI-2024-0012) agreed.", &[(Kind::OtherIdentifier, "CMP-2024-0392", Severity::High), (Kind::OtherIdentifier, "CCTV-SAR-2024-07", Severity::High)]),
    // A street address said to be someone's home; a depot's for review.
    ("The camera points at his house at 7 Mill Lane. The depot at 3 Mill Road.", &[(Kind::PostalAddress, "7 Mill Lane", Severity::High), (Kind::PostalAddress, "3 Mill Road", Severity::Review)]),
    // A table of card holders: the card's number; an audit's "Record viewed" column.
    ("Card no\tHolder\tEmployer\n40018872\tDA SILVA, Marco\tHargreaves & Sons Ltd\n\n| User ID | Name | Record viewed |\n| N04512 | OKAFOR, Chidi | X384117 |", &[(Kind::OtherIdentifier, "40018872", Severity::High), (Kind::OtherIdentifier, "N04512", Severity::High), (Kind::OtherIdentifier, "X384117", Severity::Review)]),
    // Numbers that cards, passes, registers, certificates and crime records give one
    // person, by their labels; not a firm's part number, a year or a lowercase "(gdc)".
    ("Her Blue Badge number is 1234567890 and library card 21234001234567. HCPC registration PA12345; NMC PIN 12A3456E. The dog's microchip number is 977200009876543; Microchip MCP9804 sensor. Concessionary bus pass number 633597012345678901. Home Office reference B1234567. Pension scheme member no. 00123457. DBS certificate number 001234567890. Crime reference number 12/34567/24. Fixed penalty notice FPN 0071234. Library card 2024 figures.", &[(Kind::OtherIdentifier, "1234567890", Severity::High), (Kind::OtherIdentifier, "21234001234567", Severity::High), (Kind::OtherIdentifier, "PA12345", Severity::High), (Kind::OtherIdentifier, "12A3456E", Severity::High), (Kind::OtherIdentifier, "977200009876543", Severity::High), (Kind::OtherIdentifier, "633597012345678901", Severity::High), (Kind::OtherIdentifier, "B1234567", Severity::High), (Kind::OtherIdentifier, "00123457", Severity::High), (Kind::OtherIdentifier, "001234567890", Severity::High), (Kind::OtherIdentifier, "12/34567/24", Severity::High), (Kind::OtherIdentifier, "0071234", Severity::High)]),
    // Team mailboxes by their words; a team's word at a personal mail provider is for
    // review; an account number beside "s/c".
    ("Contact bluebadge@hartmoor.gov.uk, icocasework@ico.org.uk or medical.staffing@ebh.nhs.uk; consume.noise@gmail.com wrote. Refund to s/c 20-45-77 a/c 53118824.", &[(Kind::Email, "bluebadge@hartmoor.gov.uk", Severity::Info), (Kind::Email, "icocasework@ico.org.uk", Severity::Info), (Kind::Email, "medical.staffing@ebh.nhs.uk", Severity::Info), (Kind::Email, "consume.noise@gmail.com", Severity::Review), (Kind::OtherIdentifier, "20-45-77", Severity::High), (Kind::OtherIdentifier, "53118824", Severity::High)]),
    // An extension written "x6347"; not a codec's "x264", a curve's "X25519" nor a
    // screen's "1920x1080". A pass's number in groups.
    ("Rachel Hughes-Ibekwe, Medical Staffing Manager, x6347. Encoded with x264 at 1920x1080 on X25519. The van (KX19 PLE, bus pass 633597 1104 2281 9) rang. A witness (borrower 2004 7719 0562) spoke.", &[(Kind::Phone, "x6347", Severity::High), (Kind::OtherIdentifier, "KX19 PLE", Severity::High), (Kind::OtherIdentifier, "633597 1104 2281 9", Severity::High), (Kind::OtherIdentifier, "2004 7719 0562", Severity::High)]),
    // A case system's reference beside the person it is about: before the name in
    // brackets, after it with a label, or "for" them after its label. Not a
    // changelog's "VS2015 (Joao Reis)".
    ("Licence number 2024/HMO/00417 (Mr Tariq Mahmood) was revoked. Mr Nowak, licence 2024/HMO/00418, appealed. Bidding number 20041577 for Mrs Begum was suspended. Make v8.h compatible with VS2015 (Joao Reis).", &[(Kind::OtherIdentifier, "2024/HMO/00417", Severity::High), (Kind::OtherIdentifier, "2024/HMO/00418", Severity::High), (Kind::OtherIdentifier, "20041577", Severity::High)]),
    // A social media handle with a network's words on its line; not an email address,
    // nor an "@" in code documentation. A field labelled "Reg:" is no person "Reg".
    ("The requester tweets as @jane_smith92.\nSet @ctx to this file handle and @handler to NULL.\nReg: YA68NBF", &[(Kind::OtherIdentifier, "@jane_smith92", Severity::Review), (Kind::OtherIdentifier, "YA68NBF", Severity::High)]),
    // A register's column in a table aligned with spaces; not a compiler's "(gdc)".
    // The same with a rule of dashes under each header cell, as a fixed-width export
    // draws it; a prose line under the rule ends the table.
    ("Date        Member (SURNAME, First)  Membership no.  DOB         Actioned by\n----------  -----------------------  --------------  ----------  -----------\n09/10/2024  ADEYEMI, Tolulope        SPT-104882      22/02/2005  kbarr\nThe log shows 4 of 212 members.\n", &[(Kind::OtherIdentifier, "SPT-104882", Severity::High), (Kind::DateOfBirth, "22/02/2005", Severity::High), (Kind::OtherIdentifier, "kbarr", Severity::High)]),
    ("Invoice    Locum                      GMC no.   Grade\nINV-55120  ADEYEMI-CLARKE, Oluwaseun  7123456   Consultant\n\nName\tEmail\tPort\nIain Buclaw\tibuclaw@example.com\t(gdc)\nA Jarno\tx\t(s390X*-linux)", &[(Kind::OtherIdentifier, "7123456", Severity::High), (Kind::Email, "ibuclaw@example.com", Severity::Review)]),
    // Addresses written to dodge harvesters, by whose they read as; not a website's
    // "2026 at www…" nor "meet at noon". A UK IBAN whose check digits agree. A number
    // in brackets with its label after a name.
    ("Email j.smith [at] hartmoor.gov.uk, jsmith at example dot com or foi(at)hartmoor(dot)gov(dot)uk. Strategy 2023–2026 at www.dunmoor.gov.uk/ig; meet at noon. IBAN GB29 NWBK 6016 1331 9268 19, not GB28 NWBK 6016 1331 9268 19. Borrower: Chen Xiaoling (card 21234001234567) owes.", &[(Kind::Email, "j.smith [at] hartmoor.gov.uk", Severity::High), (Kind::Email, "jsmith at example dot com", Severity::High), (Kind::Email, "foi(at)hartmoor(dot)gov(dot)uk", Severity::Info), (Kind::OtherIdentifier, "GB29 NWBK 6016 1331 9268 19", Severity::High), (Kind::OtherIdentifier, "21234001234567", Severity::High)]),
    // A reference given to a person ("issued to"), digits with their label before a
    // name in brackets, and a reference left for review whose brackets name the person
    // (with a label) made high. Not "Page 12 was sent to Mr Li".
    ("Licence PH/0412/22 was issued to Mr Kowalski. Library account 21234001234567 (Mr D Evans) is overdue. CHC ref CHC-24-0193 (patient: Mr Harold Green, 84). Page 12 was sent to Mr Li.", &[(Kind::OtherIdentifier, "PH/0412/22", Severity::High), (Kind::OtherIdentifier, "21234001234567", Severity::High), (Kind::OtherIdentifier, "CHC-24-0193", Severity::High)]),
    // A year of birth after "born", "b." or "year of birth", and a table's "Year of
    // birth" column; not a list's item "b.", a building's year or a range.
    ("Mrs Ada Okafor (b. 1961) was visited. Born in March 1958, she lives alone. Year of birth: 1975. See item b. 1961 figures. The hall was built in 1961. Staff born 1960-1969: 14.\nName | Year of birth | Ward\nAlan Smith | 1948 | Oak", &[(Kind::DateOfBirth, "1961", Severity::High), (Kind::DateOfBirth, "1958", Severity::High), (Kind::DateOfBirth, "1975", Severity::High), (Kind::DateOfBirth, "1948", Severity::High)]),
    // A reference beside its person: in brackets with a word of label, a number of its
    // own after the name; a "Ref" column in a table aligned with spaces that has a
    // column of people. A grid reference to 100 m. Not a pointer ("see …": its case's
    // shape leaves it for review, not as the person's beside it), a date in six digits,
    // a standard's number or a part number.
    ("Plot 22 tenant is Mr Derek Haines (agreement ALT/CR/022). The viva case (student Daniel Achebe, 22119305, DOB 14/07/2003). Mr Ng (see CVE-2024-1234) and Mr Bell (see ENF/22/0031); report by Alexander V. Lukyanov, 970825).\nRef            Community     Landowner\nENF/23/0007    Llanerch      Mr Iestyn Pugh-Morgan\nThe caravans are at SN 9123 5876. Part SN 9123 was ordered.", &[(Kind::OtherIdentifier, "ALT/CR/022", Severity::High), (Kind::OtherIdentifier, "22119305", Severity::High), (Kind::DateOfBirth, "14/07/2003", Severity::High), (Kind::OtherIdentifier, "ENF/22/0031", Severity::Review), (Kind::OtherIdentifier, "ENF/23/0007", Severity::Review), (Kind::PostalAddress, "SN 9123 5876", Severity::Review)]),
    // A register's letters and number in brackets after a name; a reference just before
    // an NHS number or a date of birth. Not a standard's number.
    ("Technician on shift was Mei Ling Chan (PSNI reg T0418). It held one participant – TCH-ONC-0417, NHS no. 628 194 8211. See ISO-27001-2022, DOB 03/07/2014.", &[(Kind::OtherIdentifier, "T0418", Severity::High), (Kind::OtherIdentifier, "TCH-ONC-0417", Severity::High), (Kind::NhsNumber, "628 194 8211", Severity::High), (Kind::DateOfBirth, "03/07/2014", Severity::High)]),
    // A team's initials as its mailbox, the team named in full in the draft; not a
    // person's initials beside their name, hyphenated or not.
    ("The Fire Investigation Unit is on fiu@sv-fire.example.org.uk. Social Work Out of Hours: swooh@sl.example.gov.uk. John Michael Brown, jmb@x.gov.uk. Thien-Thi Nguyen <ttn@gnuvola.org>.", &[(Kind::Email, "fiu@sv-fire.example.org.uk", Severity::Info), (Kind::Email, "swooh@sl.example.gov.uk", Severity::Info), (Kind::Email, "jmb@x.gov.uk", Severity::Review), (Kind::Email, "ttn@gnuvola.org", Severity::Review)]),
    // Another record's number in a table about people ("CAS no."), for review; not a
    // thing's ("Order no.").
    ("| Name | CAS no. | Order no. |\n|---|---|---|\n| ADEYEMI, Oluwadamilare | E4G7KX3M9P2QA1 | 55012 |", &[(Kind::OtherIdentifier, "E4G7KX3M9P2QA1", Severity::Review)]),
    // An ESR assignment number; a reference "for this" after its label; a system's
    // letters and "no." after a name; a person who "is" a reference. Not a standard's
    // number after "is".
    ("WALSH, Bernadette, assignment no. 24781536, had the vaccine. The complaint ref for this is CFE/COMP/24/1187. Seen by Olamide Bakare, SW no. SW1184. His PA Grainne Ni Dhomhnaill is WM-PA-0817. The audit by John Smith is ISO-9001-2015 compliant.", &[(Kind::OtherIdentifier, "24781536", Severity::High), (Kind::OtherIdentifier, "CFE/COMP/24/1187", Severity::High), (Kind::OtherIdentifier, "SW1184", Severity::High), (Kind::OtherIdentifier, "WM-PA-0817", Severity::High)]),
];

#[test]
fn uk_identifiers_without_cues_in_tables_and_after_records() {
    assert_identifiers(IDENTIFIERS_WIDER);
}

/// Numbers the body's own records give one person, by the label before them (with a
/// register's letters and digits in groups), and registrations in the older formats
/// beside a word that says so.
const RECORDS_AND_OLDER_PLATES: &[(&str, &[Expected])] = &[
    // Labels with an ID word: staff, ESR, hospital, case-note, student and person
    // numbers; "#", "(no. …)", "is", "for the …,".
    ("Staff #4471 badged in. Re: ESR no. 30291184 - return to work. Notes vol. 2, hosp no RK0041278. Case note no. CN 88/41277. The student ID number 21045873 is the appellant's. The panel considered person ID LAS-2204871. The safeguarding referral (no. SG/24/1187) was made. The complaint reference is PALS-24-0871. The DBS certificate number for the volunteer, 001745228913, was recorded.", &[(Kind::OtherIdentifier, "4471", Severity::High), (Kind::OtherIdentifier, "30291184", Severity::High), (Kind::OtherIdentifier, "RK0041278", Severity::High), (Kind::OtherIdentifier, "CN 88/41277", Severity::High), (Kind::OtherIdentifier, "21045873", Severity::High), (Kind::OtherIdentifier, "LAS-2204871", Severity::High), (Kind::OtherIdentifier, "SG/24/1187", Severity::High), (Kind::OtherIdentifier, "PALS-24-0871", Severity::High), (Kind::OtherIdentifier, "001745228913", Severity::High)]),
    // A register's letters before the digits, digits in groups; labels that need no ID
    // word; an NMC PIN after "PIN" alone (not a password).
    ("Council tax ref CTX 8812 0045 - summons issued. Blue Badge no. BB 0412 7731 2 was recovered. Appellant - UTR 73105 28846 - appeal. Rent account: RA 1002345. Claim ref HB/CTR 0045127: overpayment. Employee ID Number: NH-44-1270. HCPC reg. no. RA 044127. The check flagged PIN 12I4471E as lapsed.", &[(Kind::OtherIdentifier, "CTX 8812 0045", Severity::High), (Kind::OtherIdentifier, "BB 0412 7731 2", Severity::High), (Kind::OtherIdentifier, "73105 28846", Severity::High), (Kind::OtherIdentifier, "RA 1002345", Severity::High), (Kind::OtherIdentifier, "HB/CTR 0045127", Severity::High), (Kind::OtherIdentifier, "NH-44-1270", Severity::High), (Kind::OtherIdentifier, "RA 044127", Severity::High), (Kind::OtherIdentifier, "12I4471E", Severity::High)]),
    // Not: a unit's or a service's short number, a count of staff, a year, a helpline
    // in groups (a phone number), a firm's rates account.
    ("Unit no. 4 is empty. Staff numbers rose to 1,204 in 2024. Staff no. 2024 figures. The service number is 0300 123 4567. Business rates account no. 40012345 is held by Harcourt Retail Ltd.", &[(Kind::Phone, "0300 123 4567", Severity::Info)]),
    // Registrations in the prefix, suffix, dateless and Northern Irish formats, by a
    // word beside them, and the next in a list.
    ("The complainant's Land Rover, registration BFZ 7412, was removed. Reg: P123 GHN\nPersonalised registration K1 RBY was captured. Personalised plate SAM 11L is held by a PA. The vehicles were registered W389 MKL and OFZ 2210.", &[(Kind::OtherIdentifier, "BFZ 7412", Severity::High), (Kind::OtherIdentifier, "P123 GHN", Severity::High), (Kind::OtherIdentifier, "K1 RBY", Severity::High), (Kind::OtherIdentifier, "SAM 11L", Severity::High), (Kind::OtherIdentifier, "W389 MKL", Severity::High), (Kind::OtherIdentifier, "OFZ 2210", Severity::High)]),
    // Not: a law's year in capitals by a vehicle, a collar number, a camera, a
    // standard, without a word that says "vehicle".
    // A column of extensions in a log of callers; not in a table of teams.
    ("  Date   Caller                Ext     Issue\n  04/03  NOWAK, Marek          62931   Axon not syncing\n\n  Team      Ext     Floor\n  Estates   62000   2\n", &[(Kind::Phone, "62931", Severity::High)]),
    ("Police vehicle collisions: FREEDOM OF INFORMATION ACT 2000. The car was seen by PC 4127 on CAM 12. The car park is ISO 9001 certified. He met ABC 123 at noon.", &[(Kind::OtherIdentifier, "4127", Severity::High)]),
];

#[test]
fn record_numbers_and_older_registrations() {
    assert_identifiers(RECORDS_AND_OLDER_PLATES);
}

/// The person-name findings of a draft, with their severity.
fn name_findings(text: &str) -> Vec<(String, Severity)> {
    scanner()
        .scan(text)
        .findings
        .into_iter()
        .filter(|f| f.kind == Kind::PersonName)
        .map(|f| (f.text, f.severity))
        .collect()
}

#[test]
fn name_parts_in_surname_and_forename_columns_and_fields() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        // A pipe table's Surname and Forename columns, in capitals or not.
        ("| Surname | Forename | Grade |\n|---|---|---|\n| MACAULAY | Iain | Band 5 |\n| DA SILVA | Rafael | Band 3 |", &[("MACAULAY", Severity::High), ("Iain", Severity::High), ("DA SILVA", Severity::High), ("Rafael", Severity::High)]),
        // Fields on one line.
        ("ID#: 10457  Surname: OYELARAN  Forename: Bisi  Absence days: 23", &[("OYELARAN", Severity::High), ("Bisi", Severity::High)]),
        // A comma-separated extract.
        ("surname,forename,team,start_date\nKaczmarek,Agnieszka,Revenues,2021-06-01\nO'Sullivan,Niamh,Revenues,2022-09-12\n\nTotal: 2", &[("Kaczmarek", Severity::High), ("Agnieszka", Severity::High), ("O'Sullivan", Severity::High), ("Niamh", Severity::High)]),
        // Not: placeholders, a lowercase value, prose about surnames.
        ("| Surname | Forename |\n|---|---|\n| Redacted | N/A |\n\nSurname: unknown. We record the surname and forename of each caller.", &[]),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

/// A visits booking line is published; a date after a date of birth's brackets close
/// is no birthday; the address under the requester's titled name in the letterhead is
/// theirs, on a Welsh street too; "(ID …, DOB …)" after a name is the person's number.
const READ_SET_31: &[(&str, &[Expected])] = &[
    ("Dear Sir\n\nVisits can be booked by telephoning the HMP Ashcombe visits booking line on 01632 960555.", &[(Kind::Phone, "01632 960555", Severity::Info)]),
    ("A letter from his son, Mr Kofi Oduya (date of birth 02/11/1994), on 9 October 2023. Date of birth (DD/MM/YYYY): 14/03/1941.", &[(Kind::DateOfBirth, "02/11/1994", Severity::High), (Kind::DateOfBirth, "14/03/1941", Severity::High)]),
    ("Our ref: FOI/2024/0187\n\nMr Callum Hughes-Whitfield\n7 Maes y Dderwen, Llanfair Tarren LD3 9RT\n\nDear Mr Hughes-Whitfield", &[(Kind::PostalAddress, "7 Maes y Dderwen, Llanfair Tarren LD3 9RT", Severity::High)]),
    ("Dear Sir\n\nLearners: Ruby Ashworth (ID 20231187, DOB 21/07/2007) and Hassan Mahmood (ID 20220954), L2.", &[(Kind::OtherIdentifier, "20231187", Severity::High), (Kind::DateOfBirth, "21/07/2007", Severity::High), (Kind::OtherIdentifier, "20220954", Severity::High)]),
];

#[test]
fn published_lines_birth_clauses_addressees_and_ids_after_names() {
    assert_identifiers(READ_SET_31);
}

#[test]
fn names_given_with_an_age() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        ("Home visit. Mother present with children Ayaan (7) and Liban (4).", &[("Ayaan", Severity::High), ("Liban", Severity::High)]),
        ("Child: Aaliyah (aged 9)\nStatus: Child in Need", &[("Aaliyah", Severity::High)]),
        ("The twins Amara Okoye (3) and Zeb (3) were seen.", &[("Amara Okoye", Severity::High), ("Zeb", Severity::High)]),
        // A name with a surname's initial, or opening a bracket, before a birth date.
        ("The report names the child (Kayden R, DOB 03/02/2019) and (Zyxa Qorrin, DOB 04/05/2018).", &[("Kayden R", Severity::High), ("Zyxa Qorrin", Severity::High)]),
        // Not: a document's part, a law's year, staff of an age, a year beside children.
        ("See Section (3) and Table (2). The Children Act (1989) applies. Staff aged 60 or over. Grants to children in Wales (2023).", &[]),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

#[test]
fn initials_listed_as_present_absent_or_copied_in() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        (
            "Present: AK, JW, SM, Chief Operating Officer (chair)\nApologies: BT\nCc: HMcK",
            &[
                ("AK", Severity::Review),
                ("JW", Severity::Review),
                ("SM", Severity::Review),
                ("BT", Severity::Review),
                ("HMcK", Severity::Review),
            ],
        ),
        // Not: teams' and roles' letters, a word.
        ("Attendees: HR, IT, Legal, DPO\nPresent: all members", &[]),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

#[test]
fn names_common_in_the_uk_from_many_origins() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        (
            "The tenancy was held jointly by Shahana Begum and Mohammed Abdul Kalam.",
            &[
                ("Shahana Begum", Severity::High),
                ("Mohammed Abdul Kalam", Severity::High),
            ],
        ),
        (
            "Mebrahtu Tesfamariam attended the drop-in. The van was driven by Aminu Bello.",
            &[
                ("Mebrahtu Tesfamariam", Severity::High),
                ("Aminu Bello", Severity::High),
            ],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

/// Homes found without a postcode by what the draft says of them: "Flat" and its
/// number before the block and street, a label that says "address"; and an address
/// block that stops at a blank line or a table row.
const FLATS_AND_LABELLED_ADDRESSES: &[(&str, &[Expected])] = &[
    ("The tenant at Flat 11, Kestrel House, Mill Road is the subject. Mr A was moved to Flat 3B, Orchard Court in May. Post for Flat 2, 40 Ashby Street was returned.", &[(Kind::PostalAddress, "Flat 11, Kestrel House, Mill Road", Severity::High), (Kind::PostalAddress, "Flat 3B, Orchard Court", Severity::High), (Kind::PostalAddress, "Flat 2, 40 Ashby Street", Severity::High)]),
    ("Patient: DOE, J\nAddress: 5 The Sidings, Melbourne\nClient's address (do not share): Pen y Graig, Llanbedr, Harlech\nHome address: Bryn Hyfryd, Dolgellau LL40 9ZZ\n", &[(Kind::PostalAddress, "5 The Sidings, Melbourne", Severity::High), (Kind::PostalAddress, "Pen y Graig, Llanbedr, Harlech", Severity::High), (Kind::PostalAddress, "Bryn Hyfryd, Dolgellau LL40 9ZZ", Severity::High)]),
    // A street in a table row above a blank line is not the start of the address
    // after it.
    ("Dear Sir\n\n| Address | Tenancy ref | Repair |\n|---|---|---|\n| 71 Wren Street | T/0090215 | Roof leak |\n\nAddress: The Barn, Cilcain CH7 5ZZ\n", &[(Kind::PostalAddress, "71 Wren Street", Severity::Review), (Kind::OtherIdentifier, "T/0090215", Severity::High), (Kind::PostalAddress, "The Barn, Cilcain CH7 5ZZ", Severity::High)]),
    // Not: a flat in a sentence, an address of another sort, an organisation's.
    ("Flat 3 is empty. The flat rate is 2%. Email address: see above. IP address: none. Address: Civic Centre, Market Street, Leeds\nRegistered office address: Unit 4, Mill Yard, Leeds\n", &[]),
];

#[test]
fn flats_and_labelled_addresses() {
    assert_identifiers(FLATS_AND_LABELLED_ADDRESSES);
}

/// References by what follows them or by an application's word: "Under reference …
/// the complaint by Mr …", "Your insurance claim …", an application (for review unless
/// its sentence names someone).
const REFERENCES_AND_APPLICATIONS: &[(&str, &[Expected])] = &[
    ("Under reference NSE/24/0331 the complaint by Mrs Hale was closed.", &[(Kind::OtherIdentifier, "NSE/24/0331", Severity::High)]),
    ("Subject: RE: Your insurance claim INS-2023-40871 - pothole damage", &[(Kind::OtherIdentifier, "INS-2023-40871", Severity::High)]),
    ("Right to Buy application RTB/22/0417 was withdrawn in May.", &[(Kind::OtherIdentifier, "RTB/22/0417", Severity::Review)]),
    ("Householder application 24/00871/HOUS by Mr Pryce was refused.", &[(Kind::OtherIdentifier, "24/00871/HOUS", Severity::High)]),
    // A complaint's reference by its letters; a farm's holding number by its label.
    // Not a form's code, a year after "holding".
    ("This is CCTV-COMP-2023-014 and COMP/24/0193. The landowner's holding no. 12/345/6789. The COMP-1 form; the holding 2024 figures.", &[(Kind::OtherIdentifier, "CCTV-COMP-2023-014", Severity::High), (Kind::OtherIdentifier, "COMP/24/0193", Severity::High), (Kind::OtherIdentifier, "12/345/6789", Severity::High)]),
    // A police occurrence's reference; not a year after it.
    ("Vehicle FM17 XKD, occurrence FM-24-000318. An occurrence 2023 review.", &[(Kind::OtherIdentifier, "FM17 XKD", Severity::High), (Kind::OtherIdentifier, "FM-24-000318", Severity::High)]),
    // Not: the request's own references, "your reference" for the request, a year.
    ("Our ref: FOI/2024/0412. Your reference 24/0087 for this request is noted. Application 2024 forms are online.", &[]),
];

#[test]
fn references_by_what_follows_and_applications() {
    assert_identifiers(REFERENCES_AND_APPLICATIONS);
}

/// Officers' numbers: a rank in capitals, a civil enforcement officer's "CEO 117", each
/// number of a list after its label. Not a year after "CEO", a date after initials.
const OFFICERS_NUMBERS: &[(&str, &[Expected])] = &[
    (
        "Drafted by: SGT 2193 MCALLISTER / checked LH",
        &[(Kind::OtherIdentifier, "2193", Severity::High)],
    ),
    (
        "PCN issued by CEO 117 on Monday. The CEO 2024 awards.",
        &[(Kind::OtherIdentifier, "117", Severity::High)],
    ),
    (
        "Officers attended (collar nos. 4471 / 3308); collar numbers 2207, 2291 and 2230.",
        &[
            (Kind::OtherIdentifier, "4471", Severity::High),
            (Kind::OtherIdentifier, "3308", Severity::High),
            (Kind::OtherIdentifier, "2207", Severity::High),
            (Kind::OtherIdentifier, "2291", Severity::High),
            (Kind::OtherIdentifier, "2230", Severity::High),
        ],
    ),
    (
        "Blue badge no. 1234/2024 was issued.",
        &[(Kind::OtherIdentifier, "1234", Severity::High)],
    ),
];

#[test]
fn officers_numbers() {
    assert_identifiers(OFFICERS_NUMBERS);
}

/// Words that say an address is someone's home make it one, whatever its building is
/// called; not an email or office address.
const HOME_ADDRESSES: &[(&str, &[Expected])] = &[
    ("Dear Sir\n\nStudent no. 22041873, term address Room 14B, Fenwick Hall, 3 Abbey Lane, Northbridge NB3 7RE, email on file.", &[(Kind::OtherIdentifier, "22041873", Severity::High), (Kind::PostalAddress, "Room 14B, Fenwick Hall, 3 Abbey Lane, Northbridge NB3 7RE", Severity::High)]),
    ("Dear Sir\n\nShe lives at Flat 2, Mercer House, 41 Mercer Street, Fenmoor FM1 2TD.", &[(Kind::PostalAddress, "Flat 2, Mercer House, 41 Mercer Street, Fenmoor FM1 2TD", Severity::High)]),
    ("Dear Sir\n\nOur office address is County Hall, Northbridge NB3 7RE.", &[(Kind::PostalAddress, "NB3 7RE", Severity::Info)]),
];

#[test]
fn addresses_said_to_be_homes() {
    assert_identifiers(HOME_ADDRESSES);
}

#[test]
fn names_by_who_did_something_and_short_forms() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        // A surname, a comma and a first name after "by" as a field ends ("…;").
        (
            "Dear Sir\n\nThe appeal was refused on 02/05/24 by Kaur, Jaspreet; the notice stands.\n",
            &[("Kaur, Jaspreet", Severity::High)],
        ),
        // A short form of a first name with a surname.
        (
            "Dear Sir\n\nI asked Kev Doyle and Stu Okafor on 01/06.\n",
            &[("Kev Doyle", Severity::High), ("Stu Okafor", Severity::High)],
        ),
        // Not: places after "by".
        (
            "Dear Sir\n\nIt is served by Leeds, Bradford; and by Hull, York.\n",
            &[],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

#[test]
fn lone_first_names_given_a_task_or_doing_something() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        (
            "Dear Sir\n\nACTION: Nkechi to ring the requester back.\n",
            &[("Nkechi", Severity::Review)],
        ),
        (
            "Dear Sir\n\nPlease note Rhodri rebooted the router after the outage.\n",
            &[("Rhodri", Severity::Review)],
        ),
        (
            "Dear Sir\n\nThe draft is ready; Tunde has marked up the redactions.\n",
            &[("Tunde", Severity::Review)],
        ),
        // Not: a first name that is also a word, a place, "has been".
        (
            "Dear Sir\n\nWill to check the contract. Mark has been paid. Paris has been visited.\n",
            &[],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

/// Read set `stop28c`: the digits a mask leaves of an account; a table's columns named
/// by a record's kind after a word ("VTE appeal", "CT account", "Paid to a/c") beside a
/// column of people, and "Carer(s)"; a child's ID; a requester's address on the line
/// under their labelled, titled name in the letterhead.
const READ_SET_34: &[(&str, &[Expected])] = &[
    ("Dear Sir\n\nPaid to a/c ****6621 on 3 May; card XXXX-XXXX-XXXX-4471 refunded; account **** 0388.", &[(Kind::OtherIdentifier, "6621", Severity::High), (Kind::OtherIdentifier, "4471", Severity::High), (Kind::OtherIdentifier, "0388", Severity::High)]),
    // Not: stars before a year, two X's, a word ending in X's.
    ("Dear Sir\n\nSee note *** 2024 below. Flight XX 1234 landed. BOXXX 1234 is a box.", &[]),
    ("Dear Sir\n\nFC ref    | Carer(s)              | Places\nFC-20417  | OKONJO, Blessing      | 2\n\nVTE appeal   | Claimant         | CT account\nVT/24/118203 | KOWALCZYK, Ewa   | 60043318\n", &[(Kind::OtherIdentifier, "FC-20417", Severity::Review), (Kind::OtherIdentifier, "VT/24/118203", Severity::High), (Kind::OtherIdentifier, "60043318", Severity::High)]),
    // Not: a thing's account in a table about things.
    ("Dear Sir\n\nSupplier     | Contract account | Value\nBrightwash   | 60043318         | 2,000\n", &[]),
    ("Dear Sir\n\nSubject: weekly fee uplift – child ID 1182734\n\nThe child no. 3 was placed.", &[(Kind::OtherIdentifier, "1182734", Severity::High)]),
    ("Northfield Trust\nHarrowgate Road, Northfield NF3 8BA\n\nRequester      : Mr Hamza Qureshi\n                 14 Tennyson Close, Northfield NF5 2LW\n\n------\nREQUEST\n------\n(a) How many permits were issued?\n", &[(Kind::PostalAddress, "NF3 8BA", Severity::Info), (Kind::PostalAddress, "14 Tennyson Close, Northfield NF5 2LW", Severity::High)]),
];

#[test]
fn masked_numbers_record_columns_and_a_requesters_address() {
    assert_identifiers(READ_SET_34);
}

#[test]
fn initials_by_a_birth_date_note_labels_and_names_signing_a_note() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        // Dotted initials with a date of birth after them.
        (
            "Dear Sir\n\nWe can hold the fee for J.W. (DOB 11/07/2009) until the review.\n",
            &[("J.W.", Severity::Review)],
        ),
        // A note's label, then its writer's initials and a colon or a dash.
        (
            "Dear Sir\n\n>> Comment KD: I don't think we should give the models.\nNote DW - check this\n",
            &[("KD", Severity::Review), ("DW", Severity::Review)],
        ),
        // A first name alone as the last sentence of a note's line, or after a dash
        // with the note's marks after it, or spoken to after the marks.
        (
            "Dear Sir\n\n    Hannah – can you pull the list for the 6? I don't want to identify her. Kris\n\n  ** Bhavna – they named it so I said yes. Do NOT add the version. – Tomasz **\n",
            &[("Hannah", Severity::Review), ("Kris", Severity::Review), ("Bhavna", Severity::Review), ("Tomasz", Severity::Review)],
        ),
        // Not: a note's label before a team's letters, initials not by a birth date, a
        // word that ends a sentence.
        (
            "Dear Sir\n\nComment IT: pending. The A.B. test ran (2019). This is what we do. Mark\n",
            &[],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

#[test]
fn record_subjects_stamped_initials_and_initials_given_a_task() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        // A surname in capitals and a first name after a subject's label or before a
        // date of birth, whatever the name lists hold.
        (
            "Dear Sir\n\n  Patient: NKEMELU, Adaeze, DOB 14/09/1961\nGate log shows the visitor was NOWAKOWSKA, Katarzyna DOB 03/07/1988, of Boston.\n",
            &[("NKEMELU, Adaeze", Severity::High), ("NOWAKOWSKA, Katarzyna", Severity::High)],
        ),
        // Initials with a day and month after a dash or a bracket; initials given a
        // task at a sentence's start; a bracketed note's initials before a double
        // hyphen.
        (
            "FOI RESPONSE -- DRAFT (changes accepted up to Q(c) -- HB 22/4)\n\nDear Sir\n\nNB -- T.A. 14/10: for the SAR team only\nThe login is kept. PR to confirm.\n  [GH -- is the router model needed?]\n",
            &[("HB", Severity::Review), ("T.A.", Severity::Review), ("PR", Severity::Review), ("GH", Severity::Review)],
        ),
        // Not: a place and a word, a date that is none, a team given a task.
        (
            "Dear Sir\n\nPlaces: LONDON, Paris. See (AB 12/13). SMT to approve. IT to confirm.\n",
            &[],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

/// A tenant's rent account is a record of theirs, not a login.
const RENT_ACCOUNTS: &[(&str, &[Expected])] = &[(
    "Dear Sir\n\nThe tenant's rent account HAV-RA-0048217 is in arrears.",
    &[(Kind::OtherIdentifier, "HAV-RA-0048217", Severity::High)],
)];

#[test]
fn a_rent_account_is_no_login() {
    assert_identifiers(RENT_ACCOUNTS);
    let s = scanner();
    let r = s.scan("Dear Sir\n\nThe service account svc-backup01 and user account jsmith2 run it.");
    assert!(
        r.findings
            .iter()
            .any(|f| f.text == "jsmith2" && f.kind == Kind::Credential),
        "{:?}",
        r.findings
    );
}

#[test]
fn names_in_a_column_of_people_and_notes_closed_or_opened_mid_line() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        // A name written surname first in a column of people, in a pipe table and in a
        // table aligned with spaces; its first name later, after "Note from".
        (
            "Dear Sir\n\n  Badge no.     | Driver                   | Vehicle\n  HDC/PH/0655   | Okonkwo-Bright, Adaeze   | AY21 MZP\n\n    Card no.         Name                    Branch\n    21170004513829   HOLLINGWORTH, Derek J   Central\n\n[Note from Adaeze: check the row]\n",
            &[("Okonkwo-Bright, Adaeze", Severity::High), ("HOLLINGWORTH, Derek J", Severity::High), ("Adaeze", Severity::Review)],
        ),
        // A bracketed note closed lines later by its initials; a note opened by
        // initials after "[" or mid-line after a sentence; a note's task to initials
        // after "<<".
        (
            "Dear Sir\n\n[NB check whether we can give names, they were in the\npaper. Delete before sending if not. – RH]\n\n[JM – I've pasted the extract below so you can check\nthe totals.\n\n<<DRAFTING – delete below before release. SK to confirm.>>\n>> spot our handsets on marketplace chats. GPJ – agree?\n",
            &[("RH", Severity::Review), ("JM", Severity::Review), ("SK", Severity::Review), ("GPJ", Severity::Review)],
        ),
        // A caller's name with a rank and number before it, or a bracket after it, in a
        // log aligned with spaces.
        (
            "Dear Sir\n\n    Date   Caller                          Ext     Issue\n    04/03  PC 2291 OLUWASEUN, Adebayo      62417   Locked out\n    06/03  PARK, Hye-jin (HR, no. S40917)  61045   Printer\n",
            &[("OLUWASEUN, Adebayo", Severity::High), ("PARK, Hye-jin", Severity::High)],
        ),
        // Dashes typed as hyphens: initials after a note's label and "--", initials
        // and a first name signing after "--"; not a list's bullet.
        (
            "Dear Sir\n\n[Comment -- GW: the spreadsheet still shows it]\n[[deleted: \"We upgraded.\"]]  -- NB don't give version, s31 -- SK\n[NB -- delete this. Her car was damaged. -- Lisa]\n\nUnchecked:\n - Darwin - GCC/Clang\n",
            &[("GW", Severity::Review), ("SK", Severity::Review), ("Lisa", Severity::Review)],
        ),
        // Initials after "pasted by".
        ("Dear Sir\n\nNB - HR note pasted by KJ, delete before sending.\n", &[("KJ", Severity::Review)]),
        // A requester or complainant written surname first after their label.
        (
            "FOI ref: WCC/FOI/24/01123\nRequester: HENDERSON, Callum  (c.h@example.com)\nComplainant: AHMED, Zara\n",
            &[("HENDERSON, Callum", Severity::High), ("AHMED, Zara", Severity::High)],
        ),
        // One letter closing a bracketed note after a question; not after a label.
        (
            "Dear Sir\n\n[Note: OK to leave it? – G]\n\n[See Appendix – B]\n",
            &[("G", Severity::Review)],
        ),
        // Not: a placeholder in the column, a comment from a team, a caller column's
        // words.
        (
            "Dear Sir\n\n  Ref  | Driver              | Base\n  X1   | Redacted, Withheld  | North\n\n[Note from ICT: fine]\n\n  Date   Caller              Ext   Issue\n  04/03  Unknown, Withheld   -     Printer (Floor 2)\n",
            &[],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

/// Read set `stop28b`: a table's rule drawn with "+" under its header; a header of two
/// words and an ID word; a requester's address on their field's line in the letterhead;
/// a microchip's and a DBS certificate's numbers; an extension said after "is".
const READ_SET_34B: &[(&str, &[Expected])] = &[
    ("Dear Sir\n\nTIME  | CUSTODY REF    | NAME              | DOB\n------+----------------+-------------------+-----------\n23:14 | CV-MW-24-01877 | BELLO, Daniel     | 14/09/1994\n", &[(Kind::OtherIdentifier, "CV-MW-24-01877", Severity::High), (Kind::DateOfBirth, "14/09/1994", Severity::High)]),
    ("Dear Sir\n\nCase ref      | Name                  | Rod licence no.\nFE/TF/23/0417 | DAVIES, Kyle Anthony  | RL-2023-88410362\n", &[(Kind::OtherIdentifier, "FE/TF/23/0417", Severity::High), (Kind::OtherIdentifier, "RL-2023-88410362", Severity::Review)]),
    ("Our ref: X1\nRequester ......... Declan Fitzgerald-Osei, 9 Rosebank Close, Ashcombe AS7 2RT\nReply by .......... email\n\nDear Mr Fitzgerald-Osei,\n", &[(Kind::PostalAddress, "9 Rosebank Close, Ashcombe AS7 2RT", Severity::High)]),
    ("Dear Sir\n\nDog \"Tyson\", chip 826098100432715, seized. DBS cert 001768432519 seen. My extension is 2417.", &[(Kind::OtherIdentifier, "826098100432715", Severity::High), (Kind::OtherIdentifier, "001768432519", Severity::High), (Kind::Phone, "2417", Severity::High)]),
    // Not: a chip's short number, a year after "extension is".
    ("Dear Sir\n\nA chip 4471 failed. The extension is 2024 compliant.", &[]),
];

#[test]
fn custody_tables_licence_columns_requester_fields_chips_and_extensions() {
    assert_identifiers(READ_SET_34B);
}

/// Initials a drafter leaves in notes: a bracket of initials alone
/// after a tracked change or a sentence; the initials after a draft word or its
/// version in brackets; initials given a task by "so … can"; bold marks after a dash's
/// initials. Not a link's label ("[GCC][]"), a team ("so IT can decide") or a
/// bracket that explains an abbreviation.
#[test]
fn initials_alone_in_brackets_stamped_drafts_and_tasks_in_notes() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        (
            "Dear Sir\n\nThe server is in Azure. [Deleted: the host is app01.] [LM]\n\nFOI ref: X-24-1   draft (LM) 02/05/24\nStatus:   DRAFT for sign-off (v3, DK)\n",
            &[("LM", Severity::Review), ("LM", Severity::Review), ("DK", Severity::Review)],
        ),
        (
            "Dear Sir\n\n[Comment: not sure about the PC detail. Left it in so HJ can decide. - RP]\n**NB -- do not send until Legal have seen it. -- SJW**\n",
            &[("HJ", Severity::Review), ("RP", Severity::Review), ("SJW", Severity::Review)],
        ),
        // A name before its staff number in brackets, after a rank's capitals; a
        // family name first after them.
        (
            "Dear Sir\n\nCrew: ECA Aroha Ngata (staff no. 408812), ECA Zhang Wei (staff no. 411907)\n",
            &[("Aroha Ngata", Severity::High), ("Zhang Wei", Severity::Review)],
        ),
        (
            "Dear Sir\n\nYou wrote to the Commissioner, Alison Tremayne-Kaur, on 2 May.\n",
            &[("Alison Tremayne-Kaur", Severity::Info)],
        ),
        // A given name of two letters: in capitals before a surname under the
        // sign-off; signing a note with a surname's initial. Not a team's letters.
        (
            "Dear Sir\n\n[Comment: someone needs to rotate this. – Jo W.]\n\nTo: SW Out of Hours Managers\n\nYours sincerely\n\nJO WHITFIELD\nInformation Governance Assistant\n",
            &[("Jo W.", Severity::Review), ("JO WHITFIELD", Severity::High)],
        ),
        (
            "Dear Sir\n\nThe Finance Team (staff no. 3) agreed.\nIt is readily available. [GCC][] is widely used.\n[Note: left so IT can decide]\nThe Learning Management (LM) system, draft (v2) policy.\n",
            &[],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

/// Read set `stop35w`: an account written "a/c"; the requester's own complaint after
/// "Your"; a reference whose letters say it is an enforcement case. Not the body's own
/// reference after "Our", nor a contract's.
const READ_SET_36: &[(&str, &[Expected])] = &[
    (
        "Dear Sir\n\n   Council tax a/c:     6001 2245 7\n",
        &[(Kind::OtherIdentifier, "6001 2245 7", Severity::High)],
    ),
    (
        "Dear Sir\n\nYour complaint (CO/00871/24) was recorded by the force.",
        &[(Kind::OtherIdentifier, "CO/00871/24", Severity::High)],
    ),
    (
        "Dear Sir\n\nWe hold a file under reference ENF/23/0047. A breach was reported.",
        &[(Kind::OtherIdentifier, "ENF/23/0047", Severity::High)],
    ),
    (
        "Dear Sir\n\nOur reference: ENF/23/0048. The contract reference ENF-2024-01 was signed.",
        &[],
    ),
];

#[test]
fn short_accounts_your_complaint_and_enforcement_letters() {
    assert_identifiers(READ_SET_36);
}

/// Read set `stop30h`: initials a note's author signs with that are elsewhere an
/// abbreviation ("[Comment (AD): …", "… – AD]"), two writers' initials stamped on a
/// draft ("(draft 3 – JW/GPE comments still in!)"), initials answering a note's
/// question ("do we say? JW: no"). Not a protocol pair's comments, nor "AD" in prose.
#[test]
fn author_initials_stamped_pairs_and_replies() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        (
            "Dear Sir\n\n[Comment (AD): one of the seizures was from a car.]\n[NB do NOT reference. – AD]\nDATE ...... 17/06/2024   (draft 3 – JW/GPE comments still in!)\n[GPE: model is X – do we say? JW: no, s31.]\n",
            &[("AD", Severity::Review), ("AD", Severity::Review), ("JW", Severity::Review), ("GPE", Severity::Review), ("GPE", Severity::Review), ("JW", Severity::Review)],
        ),
        ("Dear Sir\n\nSee the TCP/UDP comments. Users sign in to AD: no change. Is it AD? No.\n", &[]),
        // A "CEO" with a badge number is an enforcement officer, not a chief executive.
        (
            "Dear Sir\n\nThe witnesses were CEO Leanne Thorogood, badge no. CEO 1147, and the Chief Executive, Mark Dowd.\n",
            &[("Leanne Thorogood", Severity::Review), ("Mark Dowd", Severity::Info)],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

/// A reference whose own letters say it is a person's case needs no label: HR,
/// professional standards, grievance, disciplinary. Not a year, a policy's number or a
/// virus.
#[test]
fn personal_case_letters_without_a_label() {
    let text = "Outcome: Disciplinary, HR/24/019. The breach was PSD/CO/2022/0387. See HR/2024, HR-POL-014 and SAR-CoV-2.";
    let got: Vec<String> = scanner()
        .scan(text)
        .findings
        .into_iter()
        .filter(|f| f.kind == Kind::OtherIdentifier)
        .map(|f| f.text)
        .collect();
    assert_eq!(got, ["HR/24/019", "PSD/CO/2022/0387"]);
}

/// In a mail header, a surname the lists do not hold before a first name they do is a
/// name ("From: Raghunathan, Priyanka <…>"), not an ordinary word ("Housing, Rose");
/// written surname first, a director named elsewhere keeps the public role. A prison's
/// director is its head.
#[test]
fn mail_headers_surname_first_and_a_prison_director() {
    let cases: &[(&str, &[(&str, Severity)])] = &[
        (
            "Reply below.\n\nFrom: Raghunathan, Priyanka <priyanka.raghunathan@avmh.nhs.uk>\nTo: Mbeki, Thandiwe; Housing, Rose\n",
            &[("Raghunathan, Priyanka", Severity::High), ("Mbeki, Thandiwe", Severity::High)],
        ),
        (
            "Helen Achterberg, Executive Director of Place, has approved this.\n\nFrom: Brown, Mark\nTo: Achterberg, Helen\n",
            &[("Helen Achterberg", Severity::Info), ("Brown, Mark", Severity::High), ("Achterberg, Helen", Severity::Info)],
        ),
        ("The Prison Director, Margaret Oduya, has written to the Board.", &[("Margaret Oduya", Severity::Info)]),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Severity)> = want.iter().map(|(t, s)| (t.to_string(), *s)).collect();
        assert_eq!(name_findings(text), want, "{text}");
    }
}

/// A record, candidate or library card's number after its label: "record no.
/// 1048823", "SCN 128406337", "card 20417000583926"; not a SIM card's or a small
/// number.
#[test]
fn record_candidate_and_card_numbers() {
    assert_identifiers(&[
        (
            "Patient record no. 1048823 was opened.",
            &[(Kind::OtherIdentifier, "1048823", Severity::High)],
        ),
        (
            "The pupil (SCN 128406337) was excluded.",
            &[(Kind::OtherIdentifier, "128406337", Severity::High)],
        ),
        (
            "Mr Tariq Al-Hashimi, card 20417000583926, was banned.",
            &[(Kind::OtherIdentifier, "20417000583926", Severity::High)],
        ),
        (
            "The SIM card 89441000300012345678 was lost. Record no. 12. Card 1234.",
            &[],
        ),
    ]);
}

/// An NHS number written without spaces needs its label, or the patient or their
/// birth date right after it.
#[test]
fn an_nhs_number_before_its_patient() {
    assert_identifiers(&[
        (
            "| 17/01/2024 | Practice Nurse | 7216281942 (Mr Li Wei) | Advice given |",
            &[(Kind::NhsNumber, "7216281942", Severity::High)],
        ),
        ("Invoice 7216281942 was paid in full.", &[]),
    ]);
}

/// A first name given a task in a note: "(Pieter to change after go-live)".
#[test]
fn a_first_name_given_a_task_to_change_or_fix() {
    for text in [
        "login rbxadmin (Pieter to change after go-live – still not done?)",
        "NB Aoife to fix the table before issue.",
    ] {
        let got = name_findings(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(got[0].1, Severity::Review, "{text}");
    }
    assert_eq!(name_findings("The plan is to change the system."), []);
}

/// A note's writer before its label (">>> JH comment: …"), and a note's initials of
/// three letters written again elsewhere ("approved LMcK 14/12/23"); not a term before
/// "note" that is no one's initials.
#[test]
fn initials_before_comment_and_written_again() {
    let text = "One incident was reported.\n\n>>> JH comment: Amira – below is the case note.\n\nComment [LMcK]: Switchboard list pasted.\nReleased to PSNI – approved LMcK 14/12/23.\n\nIP note: see below.\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["JH", "LMcK", "LMcK"]);
}

/// A name of two words right before the person's date of birth; a surname in capitals
/// first after a job's title and a comma; a home in a row of cottages; a reader's
/// ticket and a driver's number after their labels.
#[test]
fn names_before_a_birth_date_and_after_a_job_and_more_labels() {
    let text = "One crew member, Jomo Kariuki (DOB 17/06/1991), was taken ill. Service User (DOB 01/02/1960).\nThe Crematorium Technician, ZIELIŃSKI, Marek, restarted the encoder.\n";
    let got: Vec<(String, Severity)> = name_findings(text);
    assert_eq!(
        got,
        [
            ("Jomo Kariuki".to_string(), Severity::High),
            ("ZIELIŃSKI, Marek".to_string(), Severity::High)
        ]
    );
    assert_identifiers(&[
        (
            "The register gives his address as 6 Mill Cottages, Lower Frith WE4 3NB.",
            &[(
                Kind::PostalAddress,
                "6 Mill Cottages, Lower Frith WE4 3NB",
                Severity::High,
            )],
        ),
        (
            "Your reader's ticket (WRO-R-20419) has been noted.",
            &[(Kind::OtherIdentifier, "WRO-R-20419", Severity::High)],
        ),
        (
            "The complainant, driver no. DRV 40918, works for Fenline.",
            &[(Kind::OtherIdentifier, "DRV 40918", Severity::High)],
        ),
        ("The bus driver no. 4 route.", &[]),
    ]);
}

/// A household's account written short, a firearm certificate's number and an
/// inquest's reference are their holders' ("CT acct 4100227381", "FAC 14/09312",
/// "inquest INQ-2023-0412"); a count or a year after them is not.
#[test]
fn short_accounts_and_firearm_certificates() {
    assert_identifiers(&[
        (
            "B&B, wk 9; CT acct 4100227381",
            &[(Kind::OtherIdentifier, "4100227381", Severity::High)],
        ),
        (
            "the revocation (FAC 14/09312) went through on appeal",
            &[(Kind::OtherIdentifier, "14/09312", Severity::High)],
        ),
        ("The FAC was granted in 2019 for 12 rifles.", &[]),
        // A prepaid card's account is its holder's, not a login.
        (
            "  Card account    DP-PC-0045123\n",
            &[(Kind::OtherIdentifier, "DP-PC-0045123", Severity::High)],
        ),
        // A date in brackets glosses its clause: a date of birth named further back.
        (
            "Your date of birth as held on SITS (17 August 1999) should be checked.",
            &[(Kind::DateOfBirth, "17 August 1999", Severity::High)],
        ),
        ("DOB recorded; the visit on the ward (17 August 2023).", &[]),
        // An inquest's reference is a dead person's.
        (
            "Her inquest INQ-2023-0412 opened; the inquest 2023 list did not.",
            &[(Kind::OtherIdentifier, "INQ-2023-0412", Severity::High)],
        ),
    ]);
}

/// A first name whose working papers a list came from ("from Tomasz's spreadsheet"),
/// or named in brackets as where a list came from ("(from Gwen – …"); not a month or a
/// place there.
#[test]
fn a_first_name_as_where_a_list_came_from() {
    let text = "Clerking rota (from Tomasz's spreadsheet)\nStaff list (from Gwen – for info only):\nTimes (from April) and prices (from Leeds – see below).\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["Tomasz", "Gwen"]);
}

/// A note pointed at a line with "<<<" ("<<< KO: WHY is this in here"), a bracketed
/// note opened "NB LC:", and a first name given a task to get something done.
#[test]
fn notes_after_arrows_and_nb_and_a_task_to_get() {
    let text = "Staff override code is in the annex <<< KO: WHY is this in here, take out\nMost of it is yours. [NB LC: agree - handle under SAR] We will send it.\n[NB the PDF is attached.]\nThe default password is unchanged. Sian to get it changed.\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["KO", "LC", "Sian"]);
}

/// Initials after a double hyphen, then what to do with the line, urgently ("-- RL
/// remove before sign-off!!"); not a protocol after another ("TCP -- UDP check").
#[test]
fn initials_with_an_instruction_after_a_double_hyphen() {
    let text = "The API key for the feed is in the vault -- RL remove before sign-off!!\nUse TCP -- UDP check the port.\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["RL"]);
}

/// Initials the draft gives a colleague ("Alasdair Ferguson (AF)", "AF = …") and the
/// same initials elsewhere; initials given a task in a bracket ("[ZW to check]"),
/// signing a note after a hyphen ("- RE]"), after "Drafted" and before "note -". Not a
/// common abbreviation keyed to a name ("Ian Thomas (IT)"), part of a code ("AF-1"),
/// a file type after "edited", a role before "note –" nor "[RE: …".
#[test]
fn initials_keyed_to_a_name_and_in_more_notes() {
    let text = "Present: Alasdair Ferguson (AF), Ian Thomas (IT).\nThe server was patched. AF said so; IT systems are fine; ticket AF-1.\n  • PB = Priya Bhattacharya, ICT\nPB agreed.\n>> [ZW to check] phones are fine.\n[Comment KW: agreed, remove before sending - RE]\nWe edited CSV files.\nDrafted TA 20/03\n>>> KM note - details from the case file\nDPO note – see the register.\n[RE: your email of 3 May]\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(
        got,
        [
            "Alasdair Ferguson",
            "AF",
            "Ian Thomas",
            "AF",
            "PB",
            "Priya Bhattacharya",
            "PB",
            "ZW",
            "KW",
            "RE",
            "TA",
            "KM"
        ]
    );
}

/// A line that labels the requester ends the letterhead: the address on it is theirs,
/// not the body's own; the body's address above stays its own.
#[test]
fn the_requester_line_is_no_letterhead() {
    assert_identifiers(&[
        (
            "Cairnmoor National Park Authority\nThe Old Station, Braeside Road, Kilcairn KC2 5NP\nRequester: DRUMMOND, Lachlan J. — High Fell Barn, Ardle Lane, Kilcairn KC4 8RW\nReceived 2 July 2024\n\nDear Mr Drummond\n",
            &[
                (Kind::PostalAddress, "KC2 5NP", Severity::Info),
                (
                    Kind::PostalAddress,
                    "High Fell Barn, Ardle Lane, Kilcairn KC4 8RW",
                    Severity::Review,
                ),
            ],
        ),
        (
            "Cairnmoor National Park Authority\nThe Old Station, Braeside Road, Kilcairn KC2 5NP\nReceived 2 July 2024\n\nDear Mr Drummond\n",
            &[(Kind::PostalAddress, "KC2 5NP", Severity::Info)],
        ),
    ]);
}

/// Initials standing for a person the draft names ("LN" for "L. Novak", "KO'N" for
/// "K. O'Neill", "PR" for "Raghunathan, Priya"), in a note: before a colon, a dash, a
/// bracket or a lowercase word; not as an abbreviation among capitals, in a code
/// ("zh_NE"), before a capitalised word or a team's word, nor as a role in brackets.
/// Also initials listed under "Track changes:" and after "<<", and a first name closing
/// a clause after a past participle and "by".
#[test]
fn initials_of_a_person_the_draft_names_and_track_changes() {
    let text = "Draft prepared by L. Novak (LN amends in square brackets)\nDrafted by: K. O'Neill\n>> KO'N – I've left the comments in.\nFrom: Raghunathan, Priya\nPR pasted this in. LN: do we need this?\nNkechi Eze, Housing Officer\n-- NE: good that this was deleted!!\nNE Lincolnshire, NE REGION, zh_NE and the NE team. Kayleigh (PR) rang.\nTrack changes: EZ (Information Security), TM (Compliance)\n   <<TM: \"does not use Mimecast\" is fine>>\n[Comment MK]: PCs are imaged by Chidi – 3 are still on Windows 10.\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(
        got,
        [
            "L. Novak",
            "LN",
            "K. O'Neill",
            "KO'N",
            "Raghunathan, Priya",
            "PR",
            "LN",
            "Nkechi Eze",
            "NE",
            "EZ",
            "TM",
            "TM",
            "MK",
            "Chidi"
        ]
    );
}

/// Whose comments a draft carries ("[DRAFT 3 - comments from CH, RP and Workforce",
/// "DRAFT 2 (PT / TP comments)"), not in prose; initials keyed to a double-barrelled
/// name ("Rebecca Pryce-Oyelowo (RP)"); a mail header's "Surname, Given" whatever the
/// given name, and a first name alone as a header's item ("To: FOI Team; Callum").
#[test]
fn commenters_initials_keyed_initials_and_mail_header_items() {
    let text = "[DRAFT 3 - comments from CH, RP and Workforce left in for sign-off.]\nDRAFT 2 (PT / TP comments) - check wording\nThe draft report had comments from HSE and ORR (LA comments to follow).\nPrepared by: Rebecca Pryce-Oyelowo (RP)\n\nFrom: Pillai, Tharini\nTo: FOI Team; Callum\nTo: Housing, Rose; Planning\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(
        got,
        [
            "CH",
            "RP",
            "PT",
            "TP",
            "Rebecca Pryce-Oyelowo",
            "RP",
            "Pillai, Tharini",
            "Callum"
        ]
    );
}

/// A door or access fob's number, or an access card's, is the person's it was issued
/// to; a fob without a number is not.
#[test]
fn fob_and_access_card_numbers() {
    assert_identifiers(&[
        (
            "Fob 0071-3392 used at 19:41.\n",
            &[(Kind::OtherIdentifier, "0071-3392", Severity::High)],
        ),
        (
            "Her access card 88123 was cancelled.\n",
            &[(Kind::OtherIdentifier, "88123", Severity::High)],
        ),
        ("The fob 2 was lost. Fobs are issued by reception.\n", &[]),
    ]);
}

/// A surname in capitals after a given name and a job's title in the same run ("Area
/// Manager Stephen OLAWALE-GRANT"); a first name that did a piece of the work, a date
/// between the verb and "by" ("closed on 2 Feb by Tomasz after two weeks").
#[test]
fn a_capitals_surname_after_a_job_title_and_who_closed_a_case() {
    let text = "Area Manager Stephen OLAWALE-GRANT was the main witness. Project Manager Will NOT attend.\nThe case was closed on 2 Feb by Tomasz after two weeks. The bridge was opened by Victoria in 1890.\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["Stephen OLAWALE-GRANT", "Tomasz"]);
}

/// An address under a team's display name is the team's; not when its local part is a
/// person's, nor under a person's name. (Accents before the name, on a char boundary.)
#[test]
fn an_address_under_a_teams_display_name() {
    let text = "Dear Sir\n\n  From: Siobhán Ní Bhriain <siobhan.nibhriain@example.com>\n  To: ANPR Bureau <anpr.bureau@police.example.gov.uk>\n  To: Gwasanaeth ☎ Tai ☎ Cymraeg ☎ ☎ ☎; Neighbourhood Team <neighbourhoods@mcha.example.org.uk>\n  Cc: Planning Team <jsmith@example.org.uk>; Grace Team <grace.hall@example.org.uk>\n";
    let got: Vec<(String, Severity)> = scanner()
        .scan(text)
        .findings
        .into_iter()
        .filter(|f| f.kind == Kind::Email)
        .map(|f| (f.text, f.severity))
        .collect();
    assert_eq!(
        got,
        [
            ("siobhan.nibhriain@example.com".to_string(), Severity::High),
            (
                "anpr.bureau@police.example.gov.uk".to_string(),
                Severity::Info
            ),
            (
                "neighbourhoods@mcha.example.org.uk".to_string(),
                Severity::Info
            ),
            ("jsmith@example.org.uk".to_string(), Severity::High),
            ("grace.hall@example.org.uk".to_string(), Severity::High),
        ]
    );
}

/// Table cells of a place's words are no names ("Port Carrick", "Fort William",
/// "Mount Pleasant"); a cell of two names still is ("Liu Yang"). Nor is a ship's
/// name after its prefix ("MV Lady Isobel").
#[test]
fn places_in_table_cells() {
    let text = "| Terminal | Kiosks |\n|---|---|\n| Port Carrick | 3 |\n| Fort William | 2 |\n| Mount Pleasant | 2 |\n| Liu Yang | 1 |\nA passenger was hurt boarding the MV Lady Isobel; Lady Grace Okafor complained.\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["Liu Yang", "Grace Okafor"]);
}

/// A first name alone before a possessive and a person's record or relation ("Oskar's
/// UPN", "Leona's mother", "Ade's tenancy"); not before a thing's ("Grace's Café").
#[test]
fn a_first_name_before_a_persons_record_or_relation() {
    let text = "Oskar's UPN is on file. Leona's mother rang twice. Victoria's tenancy ended. Lunch is at Grace's Café.\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["Oskar", "Leona", "Victoria"]);
}

/// A surname in no list before a record that is always one person's ("the Lindqvist
/// SAR", "Subject: Okafor grievance"), for review with its reason; not a system's name,
/// a place or a word the draft writes in lowercase.
#[test]
fn a_surname_before_a_persons_own_record() {
    let text = "Subject: Okafor grievance\nThe Lindqvist SAR is overdue. The Datix SAR log, the Leeds SAR and the Council SAR process are not.\n";
    let got = name_findings(text);
    assert_eq!(
        got,
        [
            ("Okafor".to_string(), Severity::Review),
            ("Lindqvist".to_string(), Severity::Review)
        ]
    );
    let reason = scanner().scan(text).findings[0].reason.clone();
    assert!(reason.contains("subject access request"), "{reason}");
}

/// A licence's revocation, an inquest, a pupil's exclusion and a complaint are one
/// person's too ("the Renwick-Shaw revocation"), when the lists know the surname; not a word's or a
/// place's.
#[test]
fn a_surname_before_a_revocation_an_inquest_or_an_exclusion() {
    let text = "Q4 includes the Renwick-Shaw revocation. The Hartley inquest opened; the Hartigan exclusion stands; the Amankwah complaint is closed. The Licence revocation, the Leeds inquest, the Permanent exclusion and the Formal complaint are not.\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["Renwick-Shaw", "Hartley", "Hartigan", "Amankwah"]);
}

/// A customer's booking reference is theirs; a room's booking is not. An entry of an
/// incident log, built as a reference is; not a year or a count after "log".
#[test]
fn a_customers_booking_reference() {
    assert_identifiers(&[
        (
            "Injured party: a passenger\nBooking ref: CS7741920\n",
            &[(Kind::OtherIdentifier, "CS7741920", Severity::High)],
        ),
        ("Room booking ref: RB-2024-0117 for the meeting.\n", &[]),
        (
            "--- extract from incident log IR-2024-0817-03 ---\nThe incident log 2023 shows twelve falls; case log 1234.\n",
            &[(Kind::OtherIdentifier, "IR-2024-0817-03", Severity::High)],
        ),
    ]);
}

/// "pt" before a ten-digit number whose check digit holds: a patient's NHS number.
#[test]
fn an_nhs_number_after_pt() {
    assert_identifiers(&[
        (
            "Subject: Misdirected CT report – pt 8306589807\n",
            &[(Kind::NhsNumber, "8306589807", Severity::High)],
        ),
        ("Order 8306589807 shipped.\n", &[]),
    ]);
}

/// An address the draft calls a team's inbox is the team's, when it spells no person; a
/// WhatDoTheyKnow request address is the requester's, for review.
#[test]
fn team_inboxes_and_request_site_addresses() {
    let text = "Write to the team inbox directpayments@westbridge.example.gov.uk.\nThe shared mailbox: jane.smith@westbridge.example.gov.uk\nTo: Dr Z Castellanos – request-1290417-7f3ac2e9@whatdotheyknow.com\n";
    let got: Vec<(String, Severity, String)> = scanner()
        .scan(text)
        .findings
        .into_iter()
        .filter(|f| f.kind == Kind::Email)
        .map(|f| (f.text, f.severity, f.rule.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "directpayments@westbridge.example.gov.uk".to_string(),
                Severity::Info,
                "email.role".to_string()
            ),
            (
                "jane.smith@westbridge.example.gov.uk".to_string(),
                Severity::High,
                "email.personal".to_string()
            ),
            (
                "request-1290417-7f3ac2e9@whatdotheyknow.com".to_string(),
                Severity::Review,
                "email.request_alias".to_string()
            ),
        ]
    );
}

/// A listed surname found alone in capitals after a rank is the same person when a note
/// writes it so again inside a sentence ("take DAVIES out").
#[test]
fn a_surname_in_capitals_named_again() {
    let text = "The officers were PC 4512 DAVIES and Sgt Kwame Asante.\n[NB Kat — take your own name and DAVIES out before it goes.]\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    // ("Kat", addressed by the note, is a colleague too: Kat is a listed first name.)
    assert_eq!(got, ["DAVIES", "Kwame Asante", "Kat", "DAVIES"]);
}

/// A note's writer named with their team in brackets ("[Comment from Tomasz (IT): …");
/// a chief officer named after the short form of the rank ("ACO Declan Farrelly").
#[test]
fn a_notes_writer_and_a_chief_officers_rank() {
    let got = name_findings("[Comment from Tomasz (IT): Medora connect with TeamViewer.]\n[Steve: fine – cc ACO Declan Farrelly.]\n");
    assert_eq!(
        got,
        [
            ("Tomasz".to_string(), Severity::Review),
            ("Steve".to_string(), Severity::Review),
            ("Declan Farrelly".to_string(), Severity::Info)
        ]
    );
}

/// Initials after a draft's own label ("[DRAFT NOTE – RK: …", "[DRAFT – AM-B: …") or a
/// tracked change's ("[Tracked change – SOB: …"); a first name not to be named, or given
/// a staff number in brackets.
#[test]
fn a_drafts_label_and_a_name_not_to_be_named() {
    let text = "[DRAFT NOTE – RK: do we want the version in here?]\n[DRAFT – AM-B: Q2 agreed. Do NOT name Keeley – obviously.]\nThe template was changed by Keeley (emp. no. 208114).\n[DRAFT – v2: fine]\n   [Tracked change – SOB: deleted “the old text”]\n[Tracked change – 2 words deleted]\n";
    let got: Vec<String> = name_findings(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["RK", "AM-B", "Keeley", "Keeley", "SOB"]);
}

/// Accents written as marks of their own (Unicode's decomposed form, as some Mac and PDF
/// copies give it) are found as the same accents composed: the same findings, each
/// span covering the marks of its last letter, nothing of a name left outside it.
#[test]
fn accents_written_as_marks_are_found_as_composed_ones() {
    let composed = "[Pasted from Teams – RM to check]\nRuairidh 08:47: Morning Mòrag 👋 van SK21 HNV\n\
        Mòrag NicLeòid 08:52: On it, logged.\r\n\
        Please contact Siobhán Ó Súilleabháin, Estates Officer, on 07700 900123.\n\
        Trần Văn Minh and Nguyễn Thị Lan attended. Marek Dvořák wrote from Tŷ Glanmor, 3 Lôn Eglwys.\n\
        Yours sincerely\n\nZoë Brontë\nInformation Officer\n";
    let decompose = |s: &str| {
        [
            ('ò', "o\u{300}"),
            ('á', "a\u{301}"),
            ('Ó', "O\u{301}"),
            ('ú', "u\u{301}"),
            ('ầ', "a\u{302}\u{300}"),
            ('ă', "a\u{306}"),
            ('ễ', "e\u{302}\u{303}"),
            ('ị', "i\u{323}"),
            ('ř', "r\u{30C}"),
            ('ŷ', "y\u{302}"),
            ('ô', "o\u{302}"),
            ('ë', "e\u{308}"),
        ]
        .iter()
        .fold(s.to_string(), |t, (c, d)| t.replace(*c, d))
    };
    let decomposed = decompose(composed);
    assert!(decomposed.len() > composed.len() + 15, "the marks are in");
    let scanner = scanner();
    let a = scanner.scan(composed).findings;
    let b = scanner.scan(&decomposed).findings;
    assert!(a
        .iter()
        .any(|f| f.text == "Mòrag" && f.kind == Kind::PersonName));
    assert!(a.iter().any(|f| f.text == "Siobhán Ó Súilleabháin"));
    let shape = |f: &redaction_check::Finding| (decompose(&f.text), f.rule.to_string(), f.severity);
    assert_eq!(
        a.iter().map(shape).collect::<Vec<_>>(),
        b.iter().map(shape).collect::<Vec<_>>()
    );
    for f in &b {
        assert_eq!(&decomposed[f.start..f.end], f.text);
        // No mark of the span's letters is left after it.
        assert!(
            !decomposed[f.end..].starts_with(|c: char| ('\u{300}'..='\u{36F}').contains(&c)),
            "{f:?}"
        );
    }
}

/// (draft, expected names and severities) for the forms read in `eval/stop45cr`: a
/// short name before the full one in brackets, a title before a double surname's
/// initials, initials after "Reviewed by:" and a note's date, an "O'" surname after an
/// initial, the particles' small letters in initials, a column of who did it with two
/// people, a first name of a name for review used before it; and what is no name.
const READ_SET_45C: &[(&str, &[(&str, Severity)])] = &[
    ("The refusal was made by the guard, \"Kev\" (Kevin Marsh). Kev said so.\nSupport (Susan Smith) rang.", &[("Kev", Severity::High), ("Kevin Marsh", Severity::High), ("Kev", Severity::High), ("Susan Smith", Severity::High)]),
    ("Kenny (Kenneth Baird, Head of Estates Operations) is off. Can you speak to Kenny?", &[("Kenny", Severity::High), ("Kenneth Baird", Severity::High), ("Kenny", Severity::High)]),
    ("Dr E-H rang from 07700 900 183. Mentioned Mr P-S by name. The A-Z list. Mr A-B12 is a model.", &[("Dr E-H", Severity::High), ("Mr P-S", Severity::High)]),
    ("Prepared by: Eilidh Fraser, Estates Compliance Officer\nReviewed by: E.R. (FOI Team)\nOwner: IT (Digital)\nChecked by: HR\n", &[("Eilidh Fraser", Severity::High), ("E.R.", Severity::Review)]),
    ("Call note, 18/04/24, PV\nFile note: 02/05/24  RB\nProject note, 2024, overview\n", &[("PV", Severity::Review), ("RB", Severity::Review)]),
    ("2023-11-18 23:31\tRemote login to the supervisor\tT. O'Súilleabháin\nSigned K. O’Dwyer today. Not A. O'K.\n", &[("T. O'Súilleabháin", Severity::High), ("K. O’Dwyer", Severity::High)]),
    ("Present:\n  Joost van den Berg – IT Infrastructure Lead\n  NGUYEN Thi Mai – Port Facility Security Officer\n\nJvdB reported that the units remain.\n\n| No.   | Action       | Owner        | Due      |\n|-------|--------------|--------------|----------|\n| 24/09 | Written note | NTM / JvdB   | 14/02/24 |\n| 24/10 | Review       | JvdB         | 28/02/24 |\n| 24/11 | PoE switches | IT / HR      | 28/02/24 |\n", &[("Joost van den Berg", Severity::High), ("NGUYEN Thi Mai", Severity::High), ("JvdB", Severity::Review), ("NTM", Severity::Review), ("JvdB", Severity::Review), ("JvdB", Severity::Review)]),
    // (Its first name alone before it, "Tadhg's note", is found since stop 48.)
    ("[08:02] Rhiannon Cole: anyone seen Tadhg's note?\n[08:04] Tadhg O'Súilleabháin: yeah that was me\n[08:05] Rhiannon Cole: thanks\nTadhg said it was fine.\n", &[("Rhiannon Cole", Severity::High), ("Tadhg", Severity::Review), ("Tadhg O'Súilleabháin", Severity::Review), ("Rhiannon Cole", Severity::High), ("Tadhg", Severity::Review)]),
    // A comma-separated export: initials under "authorised_by".
    ("permit_ref,issued,contractor,operative,vehicle_reg,work_type,authorised_by\nPTW-24-0007,2024-01-04 07:42,Caird Electrical Ltd,\"MACLEAN, Callum\",SV21 KXE,Hot works,KB\nPTW-24-0011,2024-01-05 08:10,Highland Lifts,\"MACLEAN, Callum\",SN70 HLW,Lift maintenance,EF\n", &[("MACLEAN, Callum", Severity::High), ("KB", Severity::Review), ("MACLEAN, Callum", Severity::High), ("EF", Severity::Review)]),
];

#[test]
fn names_read_in_set_45c() {
    assert_names(READ_SET_45C);
}

/// (draft, expected identifiers): a comma-separated export's columns (a vehicle
/// registration's, not a work permit's reference), a CHI number that starts as a 030
/// number does, a flat in a hall of residence; not a phone number after "Tel no.", nor
/// a line of prose with commas.
const READ_SET_45C_IDS: &[(&str, &[Expected])] = &[
    ("permit_ref,issued,contractor,vehicle_reg,location\nPTW-24-0007,2024-01-04 07:42,Caird Electrical Ltd,SV21 KXE,Plant Room 2\n", &[(Kind::OtherIdentifier, "SV21 KXE", Severity::High)]),
    ("surname,forename,staff_no,team\nOKAFOR,Chidi,WC20417,Estates\n", &[(Kind::OtherIdentifier, "WC20417", Severity::High)]),
    ("Patient – Mr Rashid Al-Amin, CHI 0306857731, DOB 03/06/1985.\nTel no. 0300 123 4567.", &[(Kind::NhsNumber, "0306857731", Severity::High), (Kind::DateOfBirth, "03/06/1985", Severity::High), (Kind::Phone, "0300 123 4567", Severity::Info)]),
    ("A complaint came from a student, Flat 4.12, Harcourt Hall, Wessel Road, Castlebridge CB3 7LX.\n", &[(Kind::PostalAddress, "Flat 4.12, Harcourt Hall, Wessel Road, Castlebridge CB3 7LX", Severity::High)]),
    ("Name, address, staff number, team\nWe hold name, address, staff number, team for each of 40 staff.\n", &[]),
    // A column of the person an incident was about makes the event's reference theirs.
    ("| Event ID     | Date       | Person affected                  | Summary |\n|---|---|---|---|\n| W-2023-2950  | 29/10/2023 | Staff – HCSW, Ward 4             | Fall    |\n\n| Event ID | Date | Location |\n|---|---|---|\n| W-2023-3001 | 01/11/2023 | Car Park A |\n", &[(Kind::OtherIdentifier, "W-2023-2950", Severity::Review)]),
];

#[test]
fn identifiers_read_in_set_45c() {
    assert_identifiers(READ_SET_45C_IDS);
}

/// (draft, expected names) for the forms read in `eval/stop45dr`: a log's writers
/// after its entry type (user names, a first name and initial), a name typed without
/// its accents, a name shown before an address in angle brackets (not a team's mailbox
/// its address spells), a name after "a carer called", a writer naming themself, a
/// sign-off's short name over the name in full.
const READ_SET_45D: &[(&str, &[(&str, Severity)])] = &[
    ("2024-02-07 09:44:50  [Work note]  jpatel (Service Desk L1)\n  Restarted browser.\n2024-02-07 10:03:27  [Work note]  Hollie B (EUC Field Services)\n2024-02-07 14:10:05  [Work note]  d.ng (Video Hearings Resolver Group)\n2024-02-07 14:11:00  [State]  system\nHanded to jpatel later.\n", &[("jpatel", Severity::Review), ("Hollie B", Severity::Review), ("d.ng", Severity::Review), ("jpatel", Severity::Review)]),
    ("Caller: Siobhán Ní Bhriain (Clerk)\nWe rang back; Siobhan said no.\n", &[("Siobhán Ní Bhriain", Severity::High), ("Siobhan", Severity::High)]),
    ("Requester (via WhatDoTheyKnow): Kerenza Polglase <request-988172-a4b1c2d3@whatdotheyknow.com>\nCopied: Fleet Workshop <fleet.workshop@x.gov.uk>, Bereavement Services <bs@x.gov.uk>, Siarhei Siamashka <siarhei.siamashka@x.org>\nWrite to the Parish Clerk <clerk@x.gov.uk>.\n", &[("Kerenza Polglase", Severity::High), ("Siarhei Siamashka", Severity::High)]),
    ("On 2 February a carer called Róisín arrived. We use a system called Encompass. A man named Tom Jones rang.\n", &[("Róisín", Severity::High), ("Tom Jones", Severity::High)]),
    ("Ana here (Beatriz to payroll). My view: fine.\nHi all, Sam here. Everything here is fine. Click here.\n", &[("Ana", Severity::High), ("Sam", Severity::High)]),
    ("Ring me if you need more.\nKev\n\nKevin Marsh, Site Manager\n", &[("Kev", Severity::Review), ("Kevin Marsh", Severity::High)]),
    // A word after a word for a person and before what a person does; a listed first
    // name and an initial alone. Not "the Council said", "Plan B", "Option C".
    // A nickname in no list in quotes inside a name; a chat's writer in lowercase
    // with their place in brackets.
    ("The manager, Tom \"Tucker\" Rowe, rang.\n[14/05/2024 09:30] kieran (Hollins Park site): fyi\n[14/05/2024 09:31] Funmi Adeyemi-Shaw: thanks\n", &[("Tom", Severity::High), ("Tucker", Severity::High), ("Rowe", Severity::High), ("kieran", Severity::High), ("Funmi Adeyemi-Shaw", Severity::High)]),
    ("Shore crew member Jago reports diesel on the slipway. The Council said no.\nBoom out. Dafydd P + me. Plan B was fine. Option C.\n", &[("Jago", Severity::High), ("Dafydd P", Severity::Review)]),
];

#[test]
fn names_read_in_set_45d() {
    assert_names(READ_SET_45D);
}

/// (draft, expected names) for the forms read in `eval/stop46r`: a comment's number
/// before its initials, initials after a two-word label and aligning spaces, a surname
/// and an initial after "Prepared by:", a log's "By" column (initials, a first name and
/// an initial), a listed first name and a dotted initial, a name in lowercase after
/// "Noted by:" with its particle and named again in lowercase, a first name after
/// "discuss with", a register's column of who manages each row ("contract_manager")
/// with names written surname and initial, a possessive that says whose a thing or a
/// decision is.
const READ_SET_46: &[(&str, &[(&str, Severity)])] = &[
    ("[C1 KW: Cut the model detail.]\n[C3 MÓB: Last column has to go.]\n[CC: finance]\n", &[("KW", Severity::Review), ("MÓB", Severity::Review)]),
    ("Prepared by: Chen Y. (Information Rights Analyst)\nCase owner:  YW  (IG Officer)\nStatus: Amber (RAG)\n", &[("Chen Y.", Severity::Review), ("YW", Severity::Review)]),
    ("Date/time       | By          | Entry\n03/06/24 09:14  | YW          | Logged.\n10/06/24 10:45  | priyanka r  | Q1 - yes.\n11/06/24 11:00  | Risk team   | Checked.\n", &[("YW", Severity::Review), ("priyanka r", Severity::Review)]),
    ("Chased. PA says deputy Priyanka R. to pick up. Plan B. was fine.\n", &[("Priyanka R.", Severity::Review)]),
    ("Present: Meinir Jenkins (Town Clerk), gethin (Deputy Clerk)\n- gethin asked if that was safe. Staff don't max out.\nNoted by: gethin ap dafydd, Deputy Clerk\n", &[("Meinir Jenkins", Severity::Info), ("gethin", Severity::High), ("gethin", Severity::High), ("gethin ap dafydd", Severity::High)]),
    ("[Dorota Nowak would add this.] Count to follow from dorota]. See dorota.nowak@x.org.\n", &[("Dorota Nowak", Severity::High), ("dorota", Severity::High)]),
    ("contract_ref,supplier,annual_value,end_date,contract_manager\nC-0412,Softcat plc,412000,31/03/2026,Dimitrov K.\nC-0457,Okta UK Ltd,96400,31/12/2024,Mensah-Bello T.\n", &[("Dimitrov K.", Severity::High), ("Mensah-Bello T.", Severity::High)]),
    ("To discuss with Oluwaseun.\nThe laptop was Kayode's, not Tom's.\nLeaving it for Mairéad's call.\nRelayed to Eilidh's work mobile.\n", &[("Oluwaseun", Severity::Review), ("Kayode", Severity::Review), ("Tom", Severity::Review), ("Mairéad", Severity::Review), ("Eilidh", Severity::Review)]),
];

#[test]
fn names_read_in_set_46() {
    assert_names(READ_SET_46);
}

/// (draft, expected identifiers) from `eval/stop46r`: a register's column of the
/// person who manages each row leaves the rows' references no one's; a job title in a row of data is no
/// header; a flat with its resident named after it; a person's own sign-in after
/// "account" (a service's or a shared one is a credential, not theirs).
const READ_SET_46_IDS: &[(&str, &[Expected])] = &[
    ("Ref\tDescription\tSupplier\tContract manager\nACT-C-0412\tPassenger information\tTrapeze Group\tDominic Featherstone\n", &[]),
    ("| Pupil | Year group | Date of birth |\n|---|---|---|\n| Pupil A | 9 | 05/11/2009 |\n", &[(Kind::DateOfBirth, "05/11/2009", Severity::High)]),
    ("Nov includes 2 from Flat 12 (Ms Nguyen, rent account 4400197233). Flat 3 is empty.\n", &[(Kind::PostalAddress, "Flat 12", Severity::High), (Kind::OtherIdentifier, "4400197233", Severity::High)]),
    // A number given as "me directly" is the writer's line, not the team's before it;
    // a disclosure team's mailbox is a team's.
    ("For anything else ring the Information Governance team on 01632 960800, or contact me directly on 01632 960847. Write to ne.disclosure@probation.example.gov.uk.\n", &[(Kind::Phone, "01632 960800", Severity::Info), (Kind::Phone, "01632 960847", Severity::High), (Kind::Email, "ne.disclosure@probation.example.gov.uk", Severity::Info)]),
    ("The extract was run under account rsk.mkim02. Event 4625: account j.hughes failed. The shared account cctv.maint and service account svc.backup.\n", &[(Kind::OtherIdentifier, "rsk.mkim02", Severity::High), (Kind::OtherIdentifier, "j.hughes", Severity::High)]),
];

#[test]
fn identifiers_read_in_set_46() {
    assert_identifiers(READ_SET_46_IDS);
}

/// (draft, expected names) for the forms read in `eval/stop46br`: a Welsh county
/// council's "Sir" is no knight's; a team's name before its own team address is no
/// person's; a first name in brackets after a job; dotted initials in brackets before
/// what they did; a note signed after a dash in lowercase (not "max"); a reviewer's
/// initials in lowercase after their label, and opening notes elsewhere; a person's
/// user name, their given name whole (after "@" too).
const READ_SET_46B: &[(&str, &[(&str, Severity)])] = &[
    ("Cyngor Sir Dyfnant | Dyfnant County Council\nTo: FOI / Rhyddid Gwybodaeth <foi@dyfnant.gov.wales>\nCc: Dafydd Rees <d.rees@dyfnant.gov.wales>\n", &[("Dafydd Rees", Severity::High)]),
    ("Their engineer (Raj) joined via Citrix. ICT (A.N.) confirms it was a backup job. The project (Phoenix) was late.\n", &[("Raj", Severity::Review), ("A.N.", Severity::Review)]),
    ("Register pasted below. Nothing has been taken out yet - nnamdi\nDone - max\n", &[("nnamdi", Severity::High)]),
    ("Second reviewer:  kw\nStatus: open\n1 | para 2 | kw: agree.\nSee pkw: no.\n", &[("kw", Severity::Review), ("kw", Severity::Review)]),
    ("Exported 18/09/2024 10:22 by oksana.melnyk\nMembers: Oksana Melnyk, Wen Li\n[09:12] Shiv: @wen.li temp login.\n", &[("oksana.melnyk", Severity::High), ("Oksana Melnyk", Severity::High), ("Wen Li", Severity::High), ("wen.li", Severity::High)]),
];

#[test]
fn names_read_in_set_46b() {
    assert_names(READ_SET_46B);
}

/// (draft, expected identifiers) from `eval/stop46br`: a number in brackets right
/// after a person's name is theirs; not a year, nor a count heading a list. An address
/// beside the body's team mailbox or switchboard is the body's; a home is still a home.
const READ_SET_46B_IDS: &[(&str, &[Expected])] = &[
    ("Return it to foi@lmc.ac.uk. Lowfield and Marsh College, Quay Street, Lowfield LF1 1QS.\nNeuadd y Sir, Stryd y Castell, Llanbedr Dyfnant SA48 1AA\nSwitsfwrdd/Switchboard: 01632 960200\nThe tenant lives at 12 Acacia Grove, Leeds LS1 4AB.\n", &[(Kind::Email, "foi@lmc.ac.uk", Severity::Info), (Kind::PostalAddress, "LF1 1QS", Severity::Info), (Kind::PostalAddress, "SA48 1AA", Severity::Info), (Kind::Phone, "01632 960200", Severity::Info), (Kind::PostalAddress, "12 Acacia Grove, Leeds LS1 4AB", Severity::High)]),
    ("Outgoing i/c: FCOP Morag NicLeòid (FC 2241)\n| NGUYEN Thi Lan (E6120) |\nJakub Narębski (138):\nJane Smith (2019) rang.\n", &[(Kind::OtherIdentifier, "FC 2241", Severity::Review), (Kind::OtherIdentifier, "E6120", Severity::Review)]),
];

#[test]
fn identifiers_read_in_set_46b() {
    assert_identifiers(READ_SET_46B_IDS);
}

/// (draft, expected names) for the forms read in `eval/stop47r` and `eval/stop47br`:
/// a person's user name written without a dot (after a first name in brackets, built
/// from a person found, or listed as user names; not a word, nor one with a dot and
/// "admin" after it); initials in brackets after a name written surname first, and
/// where they stand again; a household by its surname.
const READ_SET_47: &[(&str, &[(&str, Severity)])] = &[
    ("Raj (rpatel7) is leading the clean-up. Mhairi (mmackinnon2) too. The Windows (build2019) stay.\n", &[("Raj", Severity::High), ("rpatel7", Severity::High), ("Mhairi", Severity::High), ("mmackinnon2", Severity::High)]),
    ("Contact: Rafał Zieliński, ICT Business Partner\nKiteworks administrator account: rzielinski-adm\nSupport: Jennifer Boyd (user jboyd2). The boyd account is old.\n", &[("Rafał Zieliński", Severity::High), ("rzielinski-adm", Severity::High), ("Jennifer Boyd", Severity::High), ("jboyd2", Severity::High)]),
    ("- user names for audit: jbrennan4, a.nazari, okaforK\n- Accounts: admin, guest\n", &[("jbrennan4", Severity::High), ("a.nazari", Severity::High), ("okaforK", Severity::High)]),
    ("Members: O'NEILL, Siobhan (SON) – ICT Manager\nACTION: SON to raise a ticket.\n", &[("O'NEILL, Siobhan", Severity::High), ("SON", Severity::Review), ("SON", Severity::Review)]),
    ("One of these was the Delaney family, who moved on medical grounds. The Windows family and the Royal household are not.\n", &[("Delaney", Severity::Review)]),
];

#[test]
fn names_read_in_set_47() {
    assert_names(READ_SET_47);
}

/// (draft, expected identifiers) from `eval/stop47r` and `eval/stop47br`: a person's
/// number written in groups after its label (an NHS number's shape is the NHS
/// number's); a number in
/// brackets after a team leader's name is theirs, though "Team" is in the job.
const READ_SET_47_IDS: &[(&str, &[Expected])] = &[
    ("The donor (donor number G091 243 557 812, DOB 17/06/1988) complained. Patient number 943 476 5919.\n", &[(Kind::OtherIdentifier, "G091 243 557 812", Severity::High), (Kind::DateOfBirth, "17/06/1988", Severity::High), (Kind::NhsNumber, "943 476 5919", Severity::High)]),
    ("It is run by the Road Safety Team Leader, Jo Bramwell (0115 496 0318, jo.bramwell@hartshire.gov.uk). Call the Road Safety Team on 0115 496 0300.\n", &[(Kind::Phone, "0115 496 0318", Severity::High), (Kind::Email, "jo.bramwell@hartshire.gov.uk", Severity::High), (Kind::Phone, "0115 496 0300", Severity::Info)]),
];

#[test]
fn identifiers_read_in_set_47() {
    assert_identifiers(READ_SET_47_IDS);
}

/// (draft, expected names) for more forms read in `eval/stop47r` and `eval/stop47br`:
/// names in lowercase notes placed by a bracket, their address or a word of writing
/// to them; a first name before its own number's label, or alone in brackets (not a
/// word, "(max)"); initials in brackets after a word for people, joined by "and" (not
/// a list of teams); initials after "Approved for release:" with a date, or after
/// "Cleared by:" with another party; an Irish form of address before a surname.
const READ_SET_47_NOTES: &[(&str, &[(&str, Severity)])] = &[
    ("- req from tomas whitfield, tomas.whitfield79@example.net, about q2\n- emailed dave okonjo in ict (dokonjo, ext 4512). he says ~230 phones\n- 6 staff share one login. deirdre quigley (security mgr) aware\n- insp ok with q4 figures. kehinde mob 07700 900903\n- sc 4471 (gareth) complained. the (max) value stays\n", &[("tomas whitfield", Severity::Review), ("dave okonjo", Severity::Review), ("dokonjo", Severity::High), ("deirdre quigley", Severity::Review), ("kehinde", Severity::Review), ("gareth", Severity::Review)]),
    ("The audit team and two audit clinicians (RM and TK), plus the systems (HR and IT).\n\nApproved for release: EN 21/05/24 (Information Governance Manager)\nCleared by: GM / Chief Executive's Office\n", &[("RM", Severity::Review), ("TK", Severity::Review), ("EN", Severity::Review), ("GM", Severity::Review)]),
    ("Dr Niamh Breathnach\n\nDear Dr Breathnach / A Dhochtúir Breathnach, a chara\n", &[("Niamh Breathnach", Severity::High), ("Breathnach", Severity::High), ("Breathnach", Severity::High)]),
];

#[test]
fn names_in_notes_read_in_set_47() {
    assert_names(READ_SET_47_NOTES);
}

/// A table's header may stand apart from its rows by a blank line: its staff number
/// column is still read.
#[test]
fn a_header_apart_from_its_rows() {
    assert_identifiers(&[(
        "Ref | Date | Officer | Staff no. | Site\n\nSCP22/014 | 07/09/22 | HUSSAIN, Nasreen | H104882 | Beeches Road\n",
        &[(Kind::OtherIdentifier, "SCP22/014", Severity::Review), (Kind::OtherIdentifier, "H104882", Severity::High)],
    )]);
}

/// (draft, expected names) for the forms read in `eval/stop48r` and `eval/stop48br`: a
/// first name before a dotted user name in brackets; a reviewer's initials in
/// brackets of their own before the note's date and a colon, or dotted (not a tag in
/// capitals before a colon, "[GCC]: …"); initials after "Note taken by:"; a chat's
/// writer by their user name.
const READ_SET_48: &[(&str, &[(&str, Severity)])] = &[
    ("See below. Dayo (d.okonkwo) in Digital checked the kiosk bits. The Windows (e.g.) stay.\n", &[("Dayo", Severity::High), ("d.okonkwo", Severity::High)]),
    ("[RH] 04/03: Have we checked the models?\n[K.O'B.]: Fine as is.\n[GCC]: fix the build. [PIC] 2.1: no.\n", &[("RH", Severity::Review), ("K.O'B.", Severity::Review)]),
    ("Note taken by: AK (Information Compliance Officer)\nOther party: Mr Lim\n", &[("AK", Severity::Review), ("Lim", Severity::High)]),
    // A chat's writer by their user name, their team in brackets after it; not the
    // system's own messages.
    ("[07:58] Ola Bankole: Morning all.\n[08:03] jpatel (Digital Services): I can jump on\n[08:07] system: message deleted\n", &[("Ola Bankole", Severity::High), ("jpatel", Severity::High)]),
];

#[test]
fn names_read_in_set_48() {
    assert_names(READ_SET_48);
}

/// (draft, expected identifiers) from `eval/stop48r`: a person's number in groups may
/// open with a code of capitals ("donor no. WB 2481 0937"); not an item's.
#[test]
fn identifiers_read_in_set_48() {
    assert_identifiers(&[(
        "I have been a donor (donor no. WB 2481 0937, DOB 14/07/1979). The item no. AB 1234 5678 stays.\n",
        &[(Kind::OtherIdentifier, "WB 2481 0937", Severity::High), (Kind::DateOfBirth, "14/07/1979", Severity::High)],
    )]);
}

/// (draft, expected names) for the forms read in `eval/stop49r` and `eval/stop49br`:
/// - a chat's writer with the date and a comma before the time, as WhatsApp writes it,
///   by one word in no list, their role after them in ordinary words or in brackets,
///   and that word again wherever the draft writes it;
/// - a call transcript's writer with the seconds of the time;
/// - a ticket log's writer after the line's date and time; not a shared account's;
/// - a user name after a ticket's label for a person, or "my login's"; not "user:
///   kiosk" with its password, not "a user id is ambiguous", not "login is still";
/// - Vietnamese names, looked up without their tone marks.
const READ_SET_49: &[(&str, &[(&str, Severity)])] = &[
    ("[09/04/2024, 08:19] Daz Caretaker: its the recorder behind the bar\n[09/04/2024, 08:41] Thảo: 👍 will do\n[09/04/2024, 09:10] Welcome: bot message\n[09/04/2024, 09:15] Daz Caretaker: yep\n[09/04/2024, 09:16] Thảo: ok\nDRAFT (Thảo, 10/04)\n", &[("Daz", Severity::High), ("Thảo", Severity::High), ("Daz", Severity::High), ("Thảo", Severity::High), ("Thảo", Severity::High)]),
    ("[00:00:06] Aoife Gallagher: Right.\n[00:00:19] Trần Ngọc Anh: No worries.\n", &[("Aoife Gallagher", Severity::High), ("Trần Ngọc Anh", Severity::High)]),
    ("03/01/2023 07:42 pc4471 (PC Dafydd Rhys-Pugh): dock in custody showing red\n03/01/2023 09:15 a.mcgrath2: bounced it.\n28/07/2023 03:55 fcr.supervisor: all down\n", &[("pc4471", Severity::High), ("Dafydd Rhys-Pugh", Severity::High), ("a.mcgrath2", Severity::High)]),
    ("INC0048213 | Caller: pc4471 | Assignee: a.mcgrath2 | Group: ICT-Mobile\nExported by: t.wisniewski\nAsk me, my login's tnanh, or the desk.\n", &[("pc4471", Severity::High), ("a.mcgrath2", Severity::High), ("t.wisniewski", Severity::High), ("tnanh", Severity::High)]),
    // Vietnamese names, their tone marks folded for the lists' look-up.
    ("- Q3 portal: Hạnh Nguyễn, Digital Services Lead, 01632 960 741.\nAttendees: Aoife Gallagher (IG), Trần Ngọc Anh (Ticketing Systems)\n", &[("Hạnh Nguyễn", Severity::High), ("Aoife Gallagher", Severity::High), ("Trần Ngọc Anh", Severity::High)]),
    ("Login details for the kiosk:\nuser: kiosk\npass: Welcome1\nThe service login is still\nrowasvc / Vmax!2019 and a user id is ambiguous.\nagent: fix the askpin call.\n", &[]),
];

#[test]
fn names_read_in_set_49() {
    assert_names(READ_SET_49);
}

/// A row with digits whose job title has more words than a header's ("SENCo / ALS
/// Manager") is a row, not a new header: the extension and staff number columns go on.
#[test]
fn a_job_title_in_a_row_is_no_header() {
    assert_identifiers(&[(
        "Name\tRole\tExt\tStaff no.\nEwa Kaczmarek\tExams Officer\t2214\tS10482\nKwame Boateng\tSENCo / ALS Manager\t2230\tS10377\nAnjali Deshpande\tLearning Support Assistant\t2231\tS11205\n",
        &[
            (Kind::Phone, "2214", Severity::High),
            (Kind::OtherIdentifier, "S10482", Severity::High),
            (Kind::Phone, "2230", Severity::High),
            (Kind::OtherIdentifier, "S10377", Severity::High),
            (Kind::Phone, "2231", Severity::High),
            (Kind::OtherIdentifier, "S11205", Severity::High),
        ],
    )]);
}

/// From `eval/stop49r` and `eval/stop49br`: a candidate's number after "cand. no.", as
/// an exams officer shortens it; a collar number after a comma inside the officer's
/// own brackets (for review, as in "PC Jones (4471)"); not a count after a comma
/// outside brackets.
#[test]
fn identifiers_read_in_set_49() {
    assert_identifiers(&[(
        "Scribe: Tyler H (cand. no. 4127).\nReassigned to the correct owner (PCSO Niamh O'Brien, 7712) today. Niamh O'Brien, 7712 clips.\n",
        &[(Kind::OtherIdentifier, "4127", Severity::High), (Kind::OtherIdentifier, "7712", Severity::Review)],
    )]);
}

/// A column of user names under "Username" or "Login", with digits or none ("fhowen");
/// not a shared account ("admin") nor a word for none.
#[test]
fn a_column_of_user_names() {
    assert_identifiers(&[(
        "Name\tRole\tExt\tUsername\nFfion Haf Owen\tIT Technician\t2109\tfhowen\nKiosk\tPublic PC\tn/a\tadmin\nTemp\tCover\t2110\tnone\nJo Bloggs\tOfficer\t2111\tjbloggs2\n",
        &[
            (Kind::Phone, "2109", Severity::High),
            (Kind::OtherIdentifier, "fhowen", Severity::High),
            (Kind::Phone, "2110", Severity::High),
            (Kind::Phone, "2111", Severity::High),
            (Kind::OtherIdentifier, "jbloggs2", Severity::High),
        ],
    )]);
}

/// From `eval/stop49cr`: a service desk's table of tickets names its people by their
/// user names under "Caller", "Operator" or "Logged by" ("hpham", "a.mcgrath2"), with
/// bars or aligned with spaces; not a word for no one ("anonymous", "system").
#[test]
fn user_names_in_a_column_of_people() {
    assert_identifiers(&[
        (
            "Ref        | Opened           | Caller    | Operator | Summary\nI2405-0113 | 02/05/2024 08:41 | hpham     | kmensah  | eduroam failing\nI2405-0114 | 02/05/2024 09:05 | anonymous | system   | printer jam\nI2405-0115 | 03/05/2024 10:12 | a.mcgrath2 | wzhang | laptop slow\n",
            &[
                (Kind::OtherIdentifier, "I2405-0113", Severity::Review),
                (Kind::OtherIdentifier, "hpham", Severity::High),
                (Kind::OtherIdentifier, "kmensah", Severity::High),
                (Kind::OtherIdentifier, "I2405-0114", Severity::Review),
                (Kind::OtherIdentifier, "I2405-0115", Severity::Review),
                (Kind::OtherIdentifier, "a.mcgrath2", Severity::High),
                (Kind::OtherIdentifier, "wzhang", Severity::High),
            ],
        ),
        (
            "Date        Logged by    Action\n04/06/2024  tnguyen      Reset MFA token\n05/06/2024  system       Nightly sync\n",
            &[(Kind::OtherIdentifier, "tnguyen", Severity::High)],
        ),
    ]);
}

/// From `eval/stop49cr` and `eval/stop49dr`: a listed first name alone, by what is said
/// of its person: their state ("is on leave", "is leading"), their team ("in IT", "on
/// the ICT desk"), what they did ("took the call"), a copy sent them, a note's writer
/// ("Reply from Abdi:"), a thing of theirs ("Tadhg's sites"), an invigilator's label.
/// Not "NaN is now", "alpha in the", "St Aidan's", "Will's".
#[test]
fn a_first_name_alone_by_what_is_said_of_them() {
    assert_names(&[
        (
            "Upgrade planned for June. Gosia is leading that when she's back.",
            &[("Gosia", Severity::Review)],
        ),
        (
            "Also, for your info only: Gwen is on a phased return after her operation.",
            &[("Gwen", Severity::Review)],
        ),
        (
            "The exam went ahead. Zoe in the Exams Office has a copy.",
            &[("Zoe", Severity::Review)],
        ),
        (
            "When we raise a ticket, Chloe on the ICT desk starts the session.",
            &[("Chloe", Severity::Review)],
        ),
        (
            "The caller was abusive. Dev took the call and told him we're on track.",
            &[("Dev", Severity::Review)],
        ),
        (
            "I've not copied Gosia as I know she's off until the 25th.",
            &[("Gosia", Severity::Review)],
        ),
        (
            "Reply from Abdi: \"Fine by me.\"",
            &[("Abdi", Severity::Review)],
        ),
        (
            "Sorry for the delay, been covering Tadhg's sites all week.",
            &[("Tadhg", Severity::Review)],
        ),
        (
            "Candidate moved to spare (invig: Aoife)",
            &[("Aoife", Severity::Review)],
        ),
        (
            "NaN is now treated as being identical. Store alpha in the top bits.",
            &[],
        ),
        (
            "Her kids' school (St Aidan's) sent a letter. Mark's scheme is fine.",
            &[],
        ),
    ]);
}

/// From `eval/stop49dr`: a minutes' key of initials, one person a line ("TN – Nguyễn
/// Thị Thanh, CAD Analyst", "RMcA – Ruairidh MacAoidh"): the names, and their initials
/// wherever else they stand, for review. Not a director's, whose initials are hers in
/// public, and not a key of abbreviations ("IT – Information Technology").
#[test]
fn a_key_of_initials_in_minutes() {
    assert_names(&[
        (
            "Present\nTN – Nguyễn Thị Thanh, CAD Analyst\nŁW – Łukasz Wiśniewski, Radio Engineer\nRMcA – Ruairidh MacAoidh, Duty Control Manager\n\nTN confirmed live CAD. ŁW: handhelds are fine. RMcA to check.\n",
            &[
                ("TN", Severity::Review),
                ("Nguyễn Thị Thanh", Severity::High),
                ("ŁW", Severity::Review),
                ("Łukasz Wiśniewski", Severity::High),
                ("RMcA", Severity::Review),
                ("Ruairidh MacAoidh", Severity::High),
                ("TN", Severity::Review),
                ("ŁW", Severity::Review),
                ("RMcA", Severity::Review),
            ],
        ),
        (
            "Attendees\nSK – Sarah Kinsella, Director of Place (chair)\nOA – Olu Adeyemi, Parks Officer\nIT – Information Technology\n\nSK to reply. OA agreed.\n",
            &[
                ("Sarah Kinsella", Severity::Info),
                ("OA", Severity::Review),
                ("Olu Adeyemi", Severity::High),
                // ("SK to reply": a task given, read by another pass; not the key's "SK".)
                ("SK", Severity::Review),
                ("OA", Severity::Review),
            ],
        ),
        // The initials first, the name in brackets after them; a key's initials with a
        // hyphen.
        (
            "Not before KOB has reviewed it.\n4. KOB (Kathleen O'Brien, Information Manager) to sign off.\n",
            &[("KOB", Severity::Review), ("KOB", Severity::Review), ("Kathleen O'Brien", Severity::High)],
        ),
        (
            "Present\nBT-M – Bronwen Thomas-Morgan, Dog Warden\nHK – Hannah Kowalczyk, Pest Control Officer\n\nBT-M to send the kennel records.\n",
            &[
                ("BT-M", Severity::Review),
                ("Bronwen Thomas-Morgan", Severity::High),
                ("HK", Severity::Review),
                ("Hannah Kowalczyk", Severity::High),
                ("BT-M", Severity::Review),
            ],
        ),
    ]);
}

/// From `eval/stop49r` and `eval/stop49br`: an initial, a listed surname and a number,
/// where the words before say it is a user name ("he's dmcgrath2", "user names are …
/// e.g. apatel4"); not a library's "stream2" or an architecture's "amd64".
#[test]
fn a_user_name_said_to_be_one() {
    assert_names(&[
        (
            "Or Declan on the service desk, he's dmcgrath2. The console is fine.",
            &[("Declan", Severity::Review), ("dmcgrath2", Severity::High)],
        ),
        (
            "User names are first initial, surname and a number, e.g. apatel4.",
            &[("apatel4", Severity::High)],
        ),
        (
            "The user streams use stream2 and streams3 on amd64 and loong64.",
            &[],
        ),
    ]);
}

/// From `eval/stop49cr`: a person by their record's number, after the word for them
/// alone ("Student 20231187 can't log in", "Pass 004512  Main entrance  IN"); not a
/// count ("2023 pupils", "Patient 12" of a study), a cohort's year or a test's pass.
#[test]
fn a_person_by_their_records_number() {
    assert_identifiers(&[(
        "Student 20231187 can't log into ebs4.\nPatient 4410937 was moved.\nThere were 1,146 students and 2023 pupils.\nPass 004512  Main entrance  IN\nPatient 1 and Patient 12 were seen. Student 2023 cohort.\nPASS: x86-64\nPass 3 of the test.\n",
        &[
            (Kind::OtherIdentifier, "20231187", Severity::High),
            (Kind::OtherIdentifier, "4410937", Severity::High),
            (Kind::OtherIdentifier, "004512", Severity::High),
        ],
    )]);
}

/// From `eval/stop49cr` and `eval/stop49br`: a Scottish Gaelic surname with its article
/// ("Nic an t-Saoir", "Mac an tSaoir", "Mac a' Phearsain"), whole, with a given name
/// before it or after a comma, or a title before it; not "a Mac an hour ago".
#[test]
fn gaelic_surnames_with_their_article() {
    assert_names(&[
        (
            "From: Nic an t-Saoir, Eilidh\nHi, it's Declan Mac an tSaoir from the residents.\nRequester: Ruairidh Mac a' Phearsain\nDear Mr Mac an t-Saoir,\nWe bought a Mac an hour ago.\n",
            &[
                ("Nic an t-Saoir, Eilidh", Severity::High),
                ("Declan Mac an tSaoir", Severity::High),
                ("Ruairidh Mac a' Phearsain", Severity::High),
                ("Mac an t-Saoir", Severity::High),
            ],
        ),
    ]);
}

/// From `eval/stop50br`: a volunteer's number and a security officer's SIA licence,
/// written in groups too; not a volunteer's hours nor a premises' licence.
#[test]
fn volunteer_numbers_and_sia_licences() {
    assert_identifiers(&[(
        "I volunteer on Thursdays (volunteer no. V-20931).\nVolunteer number V-20931, name.\nOperator (SIA licence 1014 2207 6631 0985).\nSIA licence no. 1014220766310985 held.\nThe licence number 4471 for the premises.\nVolunteer 20 hours a week.\n",
        &[
            (Kind::OtherIdentifier, "V-20931", Severity::High),
            (Kind::OtherIdentifier, "V-20931", Severity::High),
            (Kind::OtherIdentifier, "1014 2207 6631 0985", Severity::High),
            (Kind::OtherIdentifier, "1014220766310985", Severity::High),
        ],
    )]);
}

/// From `eval/stop50br`: a user name said to be an account's or the one someone
/// logged in as, with a dot, a digit or an underscore in it; not a state ("was
/// disabled"), nor a shared account's ("the engineer account is robot_eng").
#[test]
fn user_names_an_account_was() {
    assert_names(&[(
        "The account was dpike.vol, opened at 15:02.\nAccount: dpike.vol\nI logged in as j.okafor2 today.\nThe account was disabled.\nThe robot's engineer account is robot_eng.\nThe supplier's account was sup_01.\nAccount: 40112233\n",
        &[
            ("dpike.vol", Severity::High),
            ("dpike.vol", Severity::High),
            ("j.okafor2", Severity::High),
        ],
    )]);
}

/// From `eval/stop50r`: a listed surname alone before a record that is one person's or
/// one family's ("the Gaskell file", "the Okonkwo-Bright appeal", "the Chaudhry twins");
/// not an ordinary word or a product ("the Windows file", "the Parking appeal").
#[test]
fn a_surname_before_a_file_appeal_or_twins() {
    assert_names(&[(
        "Call her back about the Gaskell file.\nIs the Okonkwo-Bright appeal live?\nThe other two are the Chaudhry twins.\nOpen the Windows file. The Parking appeal is heard.\n",
        &[
            ("Gaskell", Severity::Review),
            ("Okonkwo-Bright", Severity::Review),
            ("Chaudhry", Severity::Review),
        ],
    )]);
}

/// From `eval/stop50r`: a listed first name whose surname is still to come ("relief
/// driver Tomasz (surname tbc)"), or before a verb of two parts in the past, as a log
/// writes what was done ("Dave power-cycled the router"); not a word so followed.
#[test]
fn a_first_name_before_surname_tbc_or_a_hyphenated_deed() {
    assert_names(&[(
        "relief driver Tomasz (surname tbc) – DBS applied.\n2023-05-09 09:51  jmarsh  Dave power-cycled the router.\nThe Software (surname field) was re-imaged.\n",
        &[("Tomasz", Severity::Review), ("Dave", Severity::Review)],
    )]);
}

/// From `eval/stop54r` and `eval/stop54br`: user names under a JSON key, and a list of
/// them after a plural label ("Portal admins: zharrington, sprichard"); not a list of
/// words ("Users: staff, students"). Initials under an "Answered by" column, and below
/// a row whose question is "Who?", which is no header.
#[test]
fn user_names_under_a_key_or_in_a_list_and_answered_by() {
    assert_names(&[
        (
            "{\"reporter\": {\"name\": \"Pat\", \"username\": \"twierzb2\"}, \"user\": \"n/a\"}\n",
            &[("twierzb2", Severity::High)],
        ),
        (
            "Portal admins: zharrington, sprichard ⚠️ ask her\nUsers: staff, students\n",
            &[("zharrington", Severity::High), ("sprichard", Severity::High)],
        ),
        (
            "| No. | Question | Answer | Answered by |\n|---|---|---|---|\n| 1 | Incumbent? | Acme Ltd. | JW |\n| 2 | Terms? | Yes. | KA |\n| 3 | Who? | Acme. | KA |\n",
            &[("JW", Severity::Review), ("KA", Severity::Review), ("KA", Severity::Review)],
        ),
    ]);
}

/// From `eval/stop56br`: a person's user name after a setting's key or a user's label
/// ("Admin1=jkaminska", "User: tadeyemi"): an initial or two and a listed surname, or
/// a listed given name and an initial. Not a machine's or a role's account ("admin",
/// "reception2", "svc_backup"), nor a word of state ("User: none").
#[test]
fn user_names_after_a_settings_key_or_a_users_label() {
    assert_names(&[
        (
            "[Users]\nAdmin1=jkaminska ; workshop technician\nAdmin2=tadeyemi\nAdmin3=reception2\n",
            &[("jkaminska", Severity::High), ("tadeyemi", Severity::High)],
        ),
        (
            "Ticket 4471\nUser: emcleod\nAccount: bartoszk\nUser: admin\nLogin: none\n",
            &[("emcleod", Severity::High), ("bartoszk", Severity::High)],
        ),
    ]);
}

/// From `eval/stop56br` and `eval/stop56r`: an officer's notes and the people in them.
/// Initials opening a bracket with the note's date and no label ("[RN 09/09: …"), or a
/// note in double braces ("{{KM: …"); an action's owner ("Owner: BG."; not "Owner:
/// ICT."); first names listed before a full name ("team (Ciarán, Małgorzata and
/// Kwabena Mensah"); a first name under a quoted mail's sign-off ("> Best,\n> Zoë");
/// a handle of a given name and a surname mentioned with "@" ("@dafydd.aprhys"; not
/// "@gmail.com" nor "@app.route").
#[test]
fn notes_owners_lists_quoted_sign_offs_and_mentions() {
    assert_names(&[
        (
            "   >> [RN 09/09: requester is a parent.]\n{{KM: my notes in braces}}\nA1  Renew the hire. Owner: BG.\nA2  Filters. Owner: ICT.\n",
            &[("RN", Severity::Review), ("KM", Severity::Review), ("BG", Severity::Review)],
        ),
        (
            "Our OOH team (Ciarán, Małgorzata and Kwabena Mensah this month) use the app.\n",
            &[
                ("Ciarán", Severity::Review),
                ("Małgorzata", Severity::Review),
                ("Kwabena Mensah", Severity::High),
            ],
        ),
        ("> Thanks for this.\n>> Best,\n>> Zoë\n", &[("Zoë", Severity::High)]),
        (
            "@dafydd.aprhys can you log it? Mail @gmail.com users; see @app.route.\n",
            &[("dafydd.aprhys", Severity::High)],
        ),
    ]);
}

/// From `eval/stop56r`: a person written again by surname and initial ("K. Mensah" …
/// "MENSAH K}}"); a user name with a double-barrelled surname ("renewed by
/// a.mensah-boateng"); a student's CAS number ("CAS E4G7K2P9Q1X8"; not "CAS latency").
#[test]
fn surname_and_initial_double_barrelled_user_names_and_cas_numbers() {
    assert_names(&[
        (
            "Prepared by K. Mensah (IG Officer).\n{{still s31 in my view. MENSAH K}}\nCertificate renewed by a.mensah-boateng (identity team).\n",
            &[
                ("K. Mensah", Severity::High),
                ("MENSAH K", Severity::High),
                ("a.mensah-boateng", Severity::High),
            ],
        ),
    ]);
    assert_identifiers(&[(
        "Mr Eze (CAS E4G7K2P9Q1X8) was told. CAS latency is 40 ms; CAS 7732-18-5 is water.",
        &[(Kind::OtherIdentifier, "E4G7K2P9Q1X8", Severity::High)],
    )]);
}

/// From `eval/stop40br`, `eval/stop48br` and `cat31-name`: a first name or a nickname
/// in quotes just before the person's name in brackets ("Ranger Tom (T. Gaskell …)",
/// "\"Robbo\" (S. Robertson …)"); a first name listed with a couple's full name after a
/// word in small letters and a comma ("The foster carers, Dave & Sharon Inglethorpe").
/// Not a word that is no first name ("Team (T. Gaskell)").
#[test]
fn first_names_and_nicknames_before_a_bracketed_or_listed_person() {
    assert_names(&[
        (
            "The complaint concerned Ranger Tom (T. Gaskell, staff no. HN2291) and the gate.\n",
            &[("Tom", Severity::High), ("T. Gaskell", Severity::High)],
        ),
        (
            "Primary:    \"Robbo\" (S. Robertson, staff no. 40106) on call.\n",
            &[("Robbo", Severity::High), ("S. Robertson", Severity::High)],
        ),
        (
            "The foster carers, Dave & Sharon Inglethorpe, were approved.\n",
            &[
                ("Dave", Severity::Review),
                ("Sharon Inglethorpe", Severity::Review),
            ],
        ),
        (
            "Ask the Team (T. Gaskell, staff no. HN2291).\n",
            &[("T. Gaskell", Severity::High)],
        ),
    ]);
}
