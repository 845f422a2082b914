/**
 * The second blind employer set's English and European work sections (employers-worldwide2.ts has the header, the
 * decisions and the dev/test split): local entities of multinationals, names holding a title or a place word, names with
 * & and apostrophes, numerals, all capitals, Group, Holdings, Partners, Labs and Studio; title-first lines in many
 * separators and a description after the name; earlier jobs on one line, several titles under one employer, two jobs at
 * once, freelance with clients, contractors through an agency, an employer in a sentence; tables with merged cells;
 * German, French, Spanish and Dutch work sections.
 */
import type { EmployerCase } from './employers-worldwide.ts';

const c = (section: string, ...companies: string[]): EmployerCase => ({ section, companies });

/** Local entities, title and place words inside names, & and apostrophes, numerals, capitals, Group, Labs, Studio. */
export const ENGLISH_NAMES_2: EmployerCase[] = [
  c(
    'Experience\nProcter & Gamble (Guangzhou) Ltd.\nSupply Planner, 2015 – 2019\nPlanned the Huangpu plant’s production.',
    'Procter & Gamble (Guangzhou) Ltd.',
  ),
  c('Experience\nSiemens Ltd., China — Sales Engineer, 2016 – 2020\nSold automation drives in East China.', 'Siemens Ltd.'),
  c('Experience\nPT Unilever Indonesia Tbk\nBrand Manager\n2014 – 2018\nRelaunched Pepsodent.', 'PT Unilever Indonesia Tbk'),
  c('Experience\nNestlé India Limited, Gurgaon\nArea Sales Manager, 2012 – 2017\nGrew Maggi distribution.', 'Nestlé India Limited'),
  c('Experience\nSales Force Ltd\nAccount Executive, 2016 – 2019\nSold field-sales training.', 'Sales Force Ltd'),
  c('Experience\nBartender, Manager’s Club, Leeds, 2014 – 2016\nMixed cocktails for 200 covers a night.', 'Manager’s Club'),
  c('Experience\nBank of America\nVice President, Global Markets\n2015 – 2021\nTraded rates options.', 'Bank of America'),
  c(
    'Experience\nPublications Editor, Royal Society of Chemistry, Cambridge, 2013 – 2019\nEdited three journals.',
    'Royal Society of Chemistry',
  ),
  c('Experience\nBank of England — Economist, 2012 – 2018\nForecast inflation.', 'Bank of England'),
  c(
    'Experience\nProgram Manager, Engineers Without Borders USA, 2015 – 2019\nRan water projects in Kenya.',
    'Engineers Without Borders USA',
  ),
  c('Experience\nAnalyst, Partners Group, Zug, 2017 – 2021\nScreened private equity deals.', 'Partners Group'),
  c('Experience\nSenior Engineer, General Electric, 2010 – 2016\nDesigned gas turbine blades.', 'General Electric'),
  c('Experience\nAmerican Express\nDirector, Merchant Services\n2013 – 2019\nSigned up airline partners.', 'American Express'),
  c('Experience\nUbisoft Montréal\nLevel Designer, 2014 – 2019\nBuilt missions for Assassin’s Creed.', 'Ubisoft Montréal'),
  c('Experience\nMARKS & SPENCER PLC\nSTORE MANAGER\n2010 – 2016\nRan a food hall of 80 staff.', 'MARKS & SPENCER PLC'),
  c(
    'Experience\nGOLDMAN SACHS INTERNATIONAL, LONDON\nAnalyst, Equities\n2014 – 2017\nCovered European banks.',
    'GOLDMAN SACHS INTERNATIONAL',
  ),
  c('Experience\nIBM\nSenior Consultant\n2012 – 2018\nLed SAP rollouts.', 'IBM'),
  c('Experience\nShift Manager, McDonald’s, 2013 – 2016\nRan the breakfast shift.', 'McDonald’s'),
  c("Experience\nCrew Member, McDonald's, Glasgow, 2011 – 2013\nWorked the grill.", "McDonald's"),
  c("Experience\nLand O'Lakes, Inc.\nFood Scientist, 2014 – 2019\nDeveloped butter blends.", "Land O'Lakes, Inc."),
  c('Experience\nSainsbury’s\nCustomer Assistant\n2015 – 2017\nServed on the tills.', 'Sainsbury’s'),
  c('Experience\nAT&T\nNetwork Technician\n2010 – 2016\nInstalled fibre to homes.', 'AT&T'),
  c('Experience\nBen & Jerry’s Homemade, Inc. — Flavour Developer, 2016 – 2020\nCreated four flavours.', 'Ben & Jerry’s Homemade, Inc.'),
  c("Experience\nCashier, Trader Joe's, 2017 – 2019\nStocked shelves.", "Trader Joe's"),
  c('Experience\n3M\nProcess Engineer\n2012 – 2018\nRan the adhesive coating line.', '3M'),
  c('Experience\nStore Manager, 7-Eleven, 2014 – 2019\nRan a 24-hour store.', '7-Eleven'),
  c('Experience\n20th Century Studios\nPost-production Coordinator, 2018 – 2021\nScheduled sound mixes.', '20th Century Studios'),
  c('Experience\n99designs — Community Manager, 2015 – 2018\nRan designer forums.', '99designs'),
  c('Experience\nSoftware Engineer at 1Password, 2019 – present\nBuilt the browser extension.', '1Password'),
  c(
    'Experience\nCK Hutchison Holdings Limited\nManagement Trainee, 2015 – 2017\nRotated through ports and retail.',
    'CK Hutchison Holdings Limited',
  ),
  c('Experience\nAssociate, Vista Equity Partners, 2016 – 2019\nModelled software buyouts.', 'Vista Equity Partners'),
  c('Experience\nResearch Scientist — Bell Labs, 2010 – 2017\nWorked on optical networks.', 'Bell Labs'),
  c('Experience\nAnimator — Moonbot Studio, 2015 – 2018\nAnimated two short films.', 'Moonbot Studio'),
  c('Experience\nThe Boston Consulting Group\nConsultant, 2015 – 2018\nWorked on retail cases.', 'The Boston Consulting Group'),
  c('Experience\nDirect Line Group\nClaims Handler, 2016 – 2019\nSettled motor claims.', 'Direct Line Group'),
  c(
    'Experience\nStaff Nurse\nGreat Ormond Street Hospital for Children NHS Foundation Trust\n2012 – 2018\nNursed on the cardiac ward.',
    'Great Ormond Street Hospital for Children NHS Foundation Trust',
  ),
  c('Experience\nTeaching Assistant, Harvard Medical School, 2016 – 2018\nTaught anatomy labs.', 'Harvard Medical School'),
  c('Experience\nNational Grid plc | Control Engineer | 2013 – 2020\nBalanced the transmission network.', 'National Grid plc'),
];

/** Title-first lines in many separators, and a description of the employer after its name. */
export const ENGLISH_SEPARATORS_2: EmployerCase[] = [
  c('Experience\nSenior Accountant · Deloitte\n2016 – 2020\nAudited retail clients.', 'Deloitte'),
  c('Experience\nSenior Accountant – KPMG – 2015 – 2019\nAudited insurers.', 'KPMG'),
  c('Experience\nProduct Designer / Airbnb / 2018 – 2021\nRedesigned host onboarding.', 'Airbnb'),
  c('Experience\nUX Researcher, Atlassian (Sydney), 2017 – 2020\nRan usability studies.', 'Atlassian'),
  c('Experience\nMarketing Manager ▪ Canva ▪ 2019 – Present\nLaunched Canva for Teams in Europe.', 'Canva'),
  c('Experience\nSENIOR ENGINEER | ROLLS-ROYCE | 2012 – 2020\nStressed fan blades.', 'ROLLS-ROYCE'),
  c('Experience\nProcter & Gamble — Assistant Brand Manager, 2012 – 2015\nRan Pantene promotions.', 'Procter & Gamble'),
  c('Experience\nDoorDash (Caviar)\nOperations Manager, 2018 – 2021\nOnboarded 400 restaurants.', 'DoorDash (Caviar)'),
  c('Experience\nAcme Analytics — B2B SaaS, 50 employees\nData Engineer, 2019 – 2022\nBuilt the ingestion pipeline.', 'Acme Analytics'),
  c('Experience\nBrightwave Ltd (digital agency, 120 staff)\nDesigner, 2015 – 2018\nDesigned retail websites.', 'Brightwave Ltd'),
  c(
    'Experience\nLumen Health | Healthcare technology | Series B\nProduct Manager | 2020 – Present\nOwned the patient app.',
    'Lumen Health',
  ),
  c(
    'Experience\nNorthwind Traders · Wholesale distribution · 200–500 employees\nBuyer\n2016 – 2019\nBought dry goods.',
    'Northwind Traders',
  ),
  c('Experience\nChief Resident, Johns Hopkins Hospital, 2018 – 2019\nRan the residents’ rota.', 'Johns Hopkins Hospital'),
  c(
    'Experience\nStarbucks — Oxford Circus branch\nShift Supervisor, 2017 – 2019\nRan the morning shift.',
    'Starbucks — Oxford Circus branch',
  ),
  c('Experience\nHSBC UK, Canary Wharf Branch\nPersonal Banker, 2014 – 2018\nOpened 300 accounts.', 'HSBC UK'),
  c('Experience\nFinance Manager — Kering (luxury goods; 40,000 employees)\n2017 – 2021\nRan the Gucci forecast.', 'Kering'),
];

/** Earlier jobs on one line, several titles under an employer, two jobs at once, freelance, contractors, sentences. */
export const ENGLISH_ARRANGEMENTS_2: EmployerCase[] = [
  c(
    'Experience\nStore Manager, H&M, 2015 – present\nRan a store of 40.\nEarlier roles: Sales Associate, Zara (2012–2014); Barista, Costa (2010–2012)',
    'H&M',
    'Zara',
    'Costa',
  ),
  c(
    'Employment History\nOperations Director, DHL Supply Chain, 2014 – present\nRan six warehouses.\nPrevious: Shift Manager, Tesco (2009–2014); Warehouse Operative, Asda (2006–2009)',
    'DHL Supply Chain',
    'Tesco',
    'Asda',
  ),
  c(
    'Experience\nBarclays\nVice President, Credit Risk, 2019 – present\nAssistant Vice President, 2016 – 2019\nAnalyst, 2013 – 2016\nApproved corporate credit lines.',
    'Barclays',
    'Barclays',
    'Barclays',
  ),
  c(
    'Experience\nMcKinsey & Company, London\nEngagement Manager (2018 – 2021)\nAssociate (2016 – 2018)\nLed retail pricing studies.',
    'McKinsey & Company',
    'McKinsey & Company',
  ),
  c(
    'Experience\nTarget Corporation — Minneapolis, MN\n2017 – present: Senior Buyer, Home\n2014 – 2017: Assistant Buyer\nNegotiated with 30 vendors.',
    'Target Corporation',
    'Target Corporation',
  ),
  c(
    'Experience\nRegistered Nurse, Royal London Hospital, 2016 – present\nBank Nurse, Homerton University Hospital, 2018 – present\nCovered night shifts.',
    'Royal London Hospital',
    'Homerton University Hospital',
  ),
  c(
    'Experience\nAdjunct Lecturer, Columbia University (part-time), 2019 – present\nTaught applied statistics.\nSenior Data Scientist, Spotify, 2018 – present\nBuilt playlist ranking.',
    'Columbia University',
    'Spotify',
  ),
  c(
    'Experience\nSelf-employed (clients: Innocent Drinks, Monzo)\nCopywriter, 2017 – present\nWrote packaging and app copy.',
    'Self-employed',
  ),
  c(
    'Experience\nFreelance Web Developer | Self-employed | 2016 – 2021\nBuilt sites for Harrods, Jigsaw and 30 small businesses.',
    'Self-employed',
  ),
  c('Experience\nIndependent Consultant, Self-Employed, 2019 – present\nClients: NatWest, Aviva, Lloyds Banking Group', 'Self-Employed'),
  c('Experience\nData Analyst (Contract), Barclays (via Hays), 2020 – 2021\nBuilt fraud dashboards.', 'Barclays (via Hays)'),
  c('Experience\nContract — via Hays, at Barclays\nBusiness Analyst, 2019 – 2020\nMapped payments processes.', 'Barclays'),
  c('Experience\nJoined Unilever as a brand manager in 2016 and launched Dove Men+Care in three markets; left in 2020.', 'Unilever'),
  c('Experience\nSince 2018 I have worked at Ocado Technology as a software engineer, building robot routing.', 'Ocado Technology'),
  c(
    'Experience\nGlobex Corporation\nSenior Analyst (promoted from Analyst in 2018)\n2015 – 2021\nBuilt the pricing model.',
    'Globex Corporation',
  ),
];

/** Tables whose merged employer cell is written once, tab- and pipe-parted rows. */
export const ENGLISH_LAYOUTS_2: EmployerCase[] = [
  c(
    'Work History\nDates | Employer | Position\n2019 – 2022 | Barclays | Vice President\n2016 – 2019 |  | Associate\n2012 – 2016 | HSBC | Analyst',
    'Barclays',
    'Barclays',
    'HSBC',
  ),
  c(
    'Employment History\n2018 – present\tAstraZeneca\tSenior Scientist\n2015 – 2018\t\tScientist\n2011 – 2015\tGSK\tResearch Associate',
    'AstraZeneca',
    'AstraZeneca',
    'GSK',
  ),
  c(
    'Work History\nEmployer\tPosition\tDates\nRolls-Royce plc\tStress Engineer\t2014 – 2019\nBAE Systems\tGraduate Engineer\t2012 – 2014',
    'Rolls-Royce plc',
    'BAE Systems',
  ),
  c(
    'Professional Experience\n2016 – 2021\tKPMG LLP\n\tSenior Manager, Audit\n\tManaged FTSE 250 audits.\n2012 – 2016\tGrant Thornton UK LLP\n\tAuditor',
    'KPMG LLP',
    'Grant Thornton UK LLP',
  ),
  c(
    'Work History\nPosition | Company | From | To\nWaiter | The Ivy | 2015 | 2017\nHead Waiter | The Wolseley | 2017 | 2020',
    'The Ivy',
    'The Wolseley',
  ),
];

/** German, French, Spanish and Dutch work sections. */
export const EUROPEAN_EMPLOYERS_2: EmployerCase[] = [
  c('Berufserfahrung\n2016 – heute  Siemens AG, München  Projektingenieur\nLeitung von Inbetriebnahmen.', 'Siemens AG'),
  c(
    'Expérience professionnelle\n2015 – 2020  Chargé de clientèle, Société Générale, Paris\nGestion d’un portefeuille de 300 clients.',
    'Société Générale',
  ),
  // Re-decided in the twenty-third round: the letters or the parent in brackets after a Latin employer are left off, as
  // the labelled set's batches since o629 leave them off ("Insurance Australia Group (IAG)", "Topshop (Arcadia Group)").
  c(
    'Experiencia laboral\n2014 – 2019  Banco Bilbao Vizcaya Argentaria, S.A. (BBVA) — Analista de riesgos\nAnálisis de carteras de pymes.',
    'Banco Bilbao Vizcaya Argentaria, S.A.',
  ),
  c(
    'Werkervaring\n2017 – heden  Koninklijke Philips N.V., Eindhoven — Product Manager\nVerantwoordelijk voor echografie.',
    'Koninklijke Philips N.V.',
  ),
  c('Berufserfahrung\nDeutsche Bahn AG\nWerkstudent Controlling | 10/2019 – 09/2021\nErstellung von Monatsberichten.', 'Deutsche Bahn AG'),
  c("Expérience professionnelle\nL'Oréal — Chef de produit, 2016 – 2021\nLancement de deux gammes.", "L'Oréal"),
];
