"""Tests for the ways resumes name a skill without its name: a domain through the work or the employer, a skill
through a verb and its object, a role through a title; each phrasing with a line it must not fire on."""

from __future__ import annotations

import pytest
from conftest import found_skills
from hypothesis import given
from hypothesis import strategies as st

from gapcheck.skillcontext import in_a_name, names_before
from gapcheck.skills import Vocabulary
from gapcheck.skillwords import fold, word_stem


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Developed software for banking applications for a major US bank", "financial services"),
        ("Built a loan default prediction model on bank data", "financial services"),
        ("Financial Engineer, Interest Rate Derivatives", "financial services"),
        ("Data Innovation Lab @ Capital One (San Francisco)", "financial services"),
        ("Quant developer at Goldman Sachs", "financial services"),
        ("Global credit asset management firm with $4B AUM", "financial services"),
        ("Medical data analysis for stroke recovery", "healthcare"),
        ("Module owner for a patient safety critical vaccine schedule", "healthcare"),
        ("M.Res. in Medical Devices and Assistive Technology", "healthcare"),
        ("Managed five software developers", "people management"),
        ("Completed supervisory appraisals for twelve staff", "people management"),
        ("Gave day-to-day technical guidance to subordinates", "people management"),
        ("Ability to work in a team and alone", "teamwork"),
        ("Leadership & Team Collaboration", "teamwork"),
        ("Excellent communicator with clients", "communication skills"),
        ("Communicated technical requirements to the business", "communication skills"),
        ("Preceptor to first-year nursing students", "mentoring"),
        ("Co-supervised MSci and PhD students", "mentoring"),
        ("Supervised 30 Bachelor and Master theses", "mentoring"),
        ("Role: Sr. Project Leader", "leadership"),
        ("Soil Moisture Working Group Leader", "leadership"),
        ("Motivated leader with strong organizational abilities", "leadership"),
        ("Collaborated with research labs to publish articles", "scientific research"),
        ("Research and development of nonlinear models", "scientific research"),
        ("Wrote scripts to scrape data from various websites", "web scraping"),
        ("Scraping websites offering financial articles", "web scraping"),
        ("Applied NLP to articles scraped from the internet", "web scraping"),
        ("Built web-crawlers to archive news articles", "web scraping"),
        ("DQN and PPO learning and parameter tuning", "hyperparameter tuning"),
        ("Tuned the hyper parameters of the ML model", "hyperparameter tuning"),
        ("Trained and evaluated gradient-boosted ML models", "model training"),
        ("Trained and evaluated gradient-boosted ML models", "model evaluation"),
        ("Plan to train the machine learning model on more seasons", "model training"),
        ("Arrhythmia detection and classification using neural networks", "classification"),
        ("Classify incoming tickets into 12 categories", "classification"),
        ("An Apache Spark project to visualise geospatial insights", "data visualization"),
        ("Moved services to individual docker containers", "containerization"),
        ("Database & Version Controlling: MongoDB, GIT", "version control"),
        ("Report results with automated test and analysis scripts", "software testing"),
        ("SAP Business One consultant intern", "sap"),
        ("Technologies: ASP .NET Core, React", "asp.net"),
        ("Office Suite, Tableau", "microsoft office"),
        ("Test automation with VB script", "visual basic"),
        ("Version Controls: TortoiseSVN", "subversion"),
        ("IR remote on an Rpi with Python", "raspberry pi"),
        ("Line follower built on an Atmega32", "microcontrollers"),
        ("Infrared sensor read by the MCU", "microcontrollers"),
        ("Skills: D3, Python", "d3.js"),
        ("Tracked work with Azure Boards", "azure devops"),
        ("Worked with cross function teams on audits", "cross-functional collaboration"),
        ("Organised interdepartmental cross training for clerks", "cross-functional collaboration"),
        ("Analyzed traffic data to identify outliers", "anomaly detection"),
        ("This novel numerical model runs in minutes", "numerical methods"),
        ("Developed DEM and Monte Carlo models of sand production", "monte carlo methods"),
        ("Elastic Monte Carlo tree search for game AI", "monte carlo methods"),
        ("Wrote a MATLAB tool to analyze soil data", "data analysis"),
        ("Interpreting and analysing the data for fund managers", "data analysis"),
        ("Chat room app that classifies insult messages", "text classification"),
        ("Classified handwritten digits with a CNN", "image classification"),
        ("Creating responsive websites for small businesses", "frontend development"),
        ("Built a working prototype for the Quest headset", "prototyping"),
        ("Complementary model ensembles for game AI", "ensemble methods"),
        ("EDA, ViT, EfficientNet, Ensemble", "ensemble methods"),
        ("Best Poster Award, Graduate Symposium", "presentation skills"),
        ("This involved managing our team’s workload and rota", "people management"),
        ("Proficient: Cerner, Word, Lotus", "microsoft word"),
        ("Others: Microsoft Word, Access, Visio, Power point", "microsoft access"),
        ("Developed an Excel program to track inventory", "microsoft excel"),
        ("AWS Certified Cloud Practitioner", "cloud computing"),
        ("Other: Git, NLP, Cloud (GCP, Azure)", "cloud computing"),
        ("Models: CNNs, Transformers, GANs", "transformer models"),
    ],
)
def test_a_phrasing_names_the_skill(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Completed a training programme at the Bank of Ceylon branch", "financial services"),
        ("Predictive stock trading model (personal project)", "financial services"),
        ("Laptop asset management microservice", "financial services"),
        ("Delivered medical supplies to clinics", "healthcare"),
        ("Managed the release of the developer portal", "people management"),
        ("Trained new hires on the POS system", "people management"),
        ("Member of the school netball team", "teamwork"),
        ("Communications officer for the student union", "communication skills"),
        ("Supervised learning with scikit-learn", "mentoring"),
        ("Supervised students during lunch and recess", "mentoring"),
        ("Market leader in industrial pumps", "leadership"),
        ("Conducting research on fabrics and trims", "scientific research"),
        ("Vulnerability Researcher at a security firm", "scientific research"),
        ("Prepare rims for reassembly by scraping, grinding or sandblasting", "web scraping"),
        ("Adjusted the machine parameters for each batch", "hyperparameter tuning"),
        ("Mentored and managed pre-trained models", "model training"),
        ("Evaluated vendors for the data platform", "model evaluation"),
        ("Job classification and pay grades", "classification"),
        ("Help clients visualize their new kitchen", "data visualization"),
        ("Analyzed the impact of data privacy laws", "data analysis"),
        ("Classified documents are kept in the safe", "text classification"),  # an adjective, not the verb
        ("Loaded shipping containers at the port", "containerization"),
        ("Founding member of the campus mobile application club", "mobile development"),
        ("Sap green and ochre pigments", "sap"),
        ("Removed outliers and missing values before training", "anomaly detection"),
        ("Independent creation of patterns and prototypes", "prototyping"),
        ("Played in the school ensemble", "ensemble methods"),
        ("Senior Prefect of the School Prefect Board", "prefect"),
        ("Managed budgets; the team grew to 12", "people management"),
        ("Managed the release of the team portal", "people management"),  # "of" ends a gap
        ("Trained staff on the operating model", "model training"),  # so does "on"
        ("Sommelier at the Hotel de Paris Monte Carlo", "monte carlo methods"),
        ("Made product recommendations to customers", "recommender systems"),
        ("Word of mouth marketing, SEO", "microsoft word"),
        ("Tutor at The Access Project, Python", "microsoft access"),
        ("Loss prevention, mentoring, access, Exchange, SharePoint, Microsoft Office Suite", "microsoft access"),
        ("I excel at report writing", "microsoft excel"),
        ("Salesforce Marketing Cloud administration", "cloud computing"),
        ("Maintained power transformers at the substation", "transformer models"),
    ],
)
def test_a_phrasing_does_not_fire_on_ordinary_use(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Focused on bug fixing and production support", "debugging"),
        ("Resolved critical bugs in the reporting system", "debugging"),
        ("Found and fixed 7 bugs in the legacy codebase", "debugging"),
        ("Built automated network backups and performance monitoring", "observability"),
        ("Ran weekly network monitoring checks", "observability"),
        ("Set up logging, monitoring and alerting for the shop", "observability"),
        ("A home web-scrapper that gathered prices", "web scraping"),
        ("Developed a smartphone application for proxy drivers", "mobile development"),
        ("Game Developer Intern at a studio", "game development"),
        ("Investigated game design for a puzzle title", "game development"),
        ("Ensured data accuracy across 200 files", "data quality"),
        ("Delivered the first cloud based claims solution", "cloud computing"),
        ("ML/DL, NLP", "deep learning"),
        ("Undergraduate Research, Soft Robotics Lab", "scientific research"),
        ("Network Troubleshooting, Data Migration", "computer networks"),
        ("Networking Basics: Cisco + edX", "computer networks"),
        ("Analyzed network communication between device and server", "computer networks"),
        ("Connected offices with a wireless network bridge", "computer networks"),
        ("Managed pilot projects for three consumer brands", "project management"),
        ("Tools: MS Project, Visio", "project management"),
        ("Coursework: Database Design, Systems Analysis", "data modeling"),
        ("Design database for business clients", "data modeling"),
        ("Experience with real-time data and streaming applications", "stream processing"),
        ("Bayesian statistical modelling of behaviour", "bayesian statistics"),
        ("Ran Google Ads and Facebook Ads campaigns; HubSpot, Mailchimp", "digital marketing"),
        ("HIPAA-compliant patient care documentation in the EHR", "healthcare"),
        ("Fine-tuned Llama 2 models with LoRA", "fine-tuning"),
        ("Fine-tune BERT for ticket routing", "fine-tuning"),
        ("QLoRA, PEFT, vLLM", "fine-tuning"),
        ("Google Big Query, Looker", "bigquery"),
        ("Amazon Web Service (EC2)", "amazon web services"),
        ("Configured Cisco routers and switches", "computer networks"),
        ("Stats, Probability, Calculus", "statistics"),
        ("Ran logit regressions to compare willingness to pay", "regression models"),
        ("OLS regression and instrumental variables", "regression models"),
    ],
)
def test_a_work_phrasing_names_the_skill(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Bug spray and pest control for the warehouse", "debugging"),
        ("Fixed assets register; bug tracker admin", "debugging"),
        ("Monitoring of patients after surgery", "observability"),
        ("Performance reviews for the sales team", "observability"),
        ("A mobile application programming club member", "mobile development"),
        ("Board game nights with the team", "game development"),
        ("Accuracy of 95% on the test data", "data quality"),
        ("Cloud seeding study of rainfall", "cloud computing"),
        ("DL: class B driving licence", "deep learning"),
        ("Networking events for alumni", "computer networks"),
        ("Built a professional network of mentors", "computer networks"),
        ("Managed the store; side projects in Python", "project management"),
        ("Database optimization and API design", "data modeling"),
        ("Video streaming subscriptions at home", "stream processing"),
        ("SEM imaging of samples, AFM, confocal microscopy", "digital marketing"),
        ("Delivered medical supplies to clinics", "healthcare"),
        ("Fine-tuned the onboarding process for new staff", "fine-tuning"),
        ("LoRa radio gateways for farm sensors", "fine-tuning"),
        ("Player stats for the school basketball team", "statistics"),
        ("Regression testing of the billing module", "regression models"),
    ],
)
def test_a_work_phrasing_does_not_fire_on_ordinary_use(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_a_gapped_spelling_does_not_start_inside_a_hyphenated_word(vocabulary: Vocabulary) -> None:
    assert "model training" not in found_skills(vocabulary, "Fine-tuned a pre-trained BERT model")
    assert "model training" in found_skills(vocabulary, "Trained a deep-learning model on 2M images")


def test_a_lower_case_name_counts_in_a_list_of_several_skills(vocabulary: Vocabulary) -> None:
    line = "golang, sql, python, bash, docker, postgres, git, kafka, linux, aws"
    assert {"apache kafka", "python", "sql"} <= found_skills(vocabulary, line)
    assert "apache kafka" not in found_skills(
        vocabulary, "kafka, python", in_skills=True
    )  # one other skill is not a list


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("We kept the team small, agile and focused", "agile"),
        ("A spark, a plan, Python and SQL", "apache spark"),
        ("Methods: bootstrap, permutation tests, ANOVA", "bootstrap"),
    ],
)
def test_a_lower_case_name_in_prose_is_a_word(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_a_bullet_glyph_starts_a_list_item(vocabulary: Vocabulary) -> None:
    assert "r" in found_skills(vocabulary, "⋄ R (basic) ⋄ Python (advanced)")
    assert "r" not in found_skills(vocabulary, "⋄ R&D budget planning with Python")


def test_a_possessive_names_its_owner(vocabulary: Vocabulary) -> None:
    assert "raspberry pi" in found_skills(vocabulary, "Script on the Raspberry Pi’s GPIO pins")
    assert fold("Python's") == "python" and fold("it's") == "it's"
    assert "cybersecurity" not in found_skills(vocabulary, "Checked that it’s security-reviewed")


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("IEEE Transactions on Information Theory, Improved Detection of Signals", "information theory"),
        ("Regional Workshop on Signal and Image Processing (RWSIP) 2019", "image processing"),
        ("Regional Workshop on Signal and Image Processing (RWSIP) 2019", "signal processing"),
        ("Research intern, Robotics & AI Lab, Northfield Institute", "artificial intelligence"),
        ("Northbridge Leadership Scholarship", "leadership"),
        ("Top 1%, Indian National Mathematics Olympiad 2007", "mathematics"),
    ],
)
def test_a_skill_inside_the_name_of_a_venue_lab_or_prize_is_not_shown(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Presented our information theory results at the conference", "information theory"),
        ("Built image processing pipelines for the lab", "image processing"),
    ],
)
def test_a_skill_beside_a_venue_word_is_still_shown(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


def test_an_industry_in_an_employer_name_still_counts(vocabulary: Vocabulary) -> None:
    assert "healthcare" in found_skills(vocabulary, "Social worker, Mercy Healthcare Center, Denver")
    assert "robotics" not in found_skills(vocabulary, "Member, University Robotics Club")


def test_names_that_overlap_are_bothfound_skills(vocabulary: Vocabulary) -> None:
    assert {"healthcare", "data analysis"} <= found_skills(vocabulary, "Medical Data Analysis for Stroke Recovery")
    assert "cloud computing" not in found_skills(vocabulary, "Stored the files in Google Cloud Storage")


def test_skills_someone_is_still_learning_count_only_when_shown_elsewhere(vocabulary: Vocabulary) -> None:
    assert vocabulary.find(["Currently learning: Vue, Node.js"]) == {}
    assert vocabulary.find(["Next 3 months : CUDA, Triton"]) == {}
    found = vocabulary.find(["Built REST APIs in Node.js", "Currently learning: Vue, Node.js"])
    assert found["node.js"] == [0, 1] and "vue.js" not in found
    assert "pytorch" in vocabulary.find(["Machine learning: PyTorch, JAX"])


def test_skills_after_learning_inside_a_line_count_only_when_shown_elsewhere(vocabulary: Vocabulary) -> None:
    found = vocabulary.find(["Writes Python daily and is currently learning C++ and Rust. Ships Docker images."])
    assert {"python", "docker"} <= set(found) and not {"c++", "rust"} & set(found)
    found = vocabulary.find(["Built APIs in Go. Currently learning Rust.", "Rust CLI tools (side project)"])
    assert found["rust"] == [0, 1]


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Deploys forecasting models to production", "model deployment"),
        ("Evaluates candidate models weekly", "model evaluation"),
        ("Supervises a 12 person staff", "people management"),
    ],
)
def test_the_first_word_of_a_gapped_spelling_matches_in_any_form(
    vocabulary: Vocabulary, line: str, present: str
) -> None:
    assert present in found_skills(vocabulary, line)


def test_word_stems_keep_different_words_apart() -> None:
    assert word_stem("deploying") == word_stem("deployed") == word_stem("deploys") == "deploy"
    assert word_stem("managing") == word_stem("manages") == word_stem("manage")
    assert word_stem("led") != word_stem("lead") and word_stem("data") == "data"


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Ran a systematic evaluation of model performance with ROUGE", "model evaluation"),
        ("Segmentation of Raman images of cancer cells", "image segmentation"),
        ("Automated detection of anomalies in sensor data", "anomaly detection"),
        ("Led training and deployment of prediction and classification models", "model training"),
        ("Led training and deployment of prediction and classification models", "model deployment"),
    ],
)
def test_a_process_of_a_thing_names_the_thing_process(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Generation of stylised 3d scenes from text prompts", "natural language processing"),
        ("Leading a course on in-depth review of ORB-SLAM and its source code", "code review"),
        ("Continuous learning of new machines and tools", "machine learning"),
    ],
)
def test_a_process_of_a_thing_stops_at_the_end_of_its_noun_phrase(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Responsible for a team of IT technicians and contractors", "people management"),
        ("Interviewed, hired and trained new customer service representatives", "people management"),
        ("Recruiting, hiring and training shop staff", "people management"),
        ("Trained new staff on the intake process", "people management"),
        ("Create website to handle administration of the recycling office", "web development"),
        ("Designed and developed a responsive bakery website", "web development"),
        ("Diseñé páginas web para una tienda local", "web development"),
        ("Trabajo en equipo", "teamwork"),
        ("Gestor de base de datos", "databases"),
        ("Final Year Research | Sensor-Based Crop Disease Monitor", "scientific research"),
    ],
)
def test_an_alias_family_names_the_skill(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Responsible for the quarterly budget", "people management"),
        ("Trained on the new intake process by senior staff", "people management"),
        ("Website: annlee.dev", "web development"),
        ("Visited the website of the company daily", "web development"),
        ("Research assistant at a staffing agency", "people management"),
    ],
)
def test_an_alias_family_does_not_fire_on_ordinary_use(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_a_unicode_hyphen_inside_a_word_is_a_hyphen(vocabulary: Vocabulary) -> None:
    assert "unit testing" in found_skills(vocabulary, "• Unit\u2010Testing mit Vitest")


def test_a_spaced_unicode_hyphen_still_separates_list_items(vocabulary: Vocabulary) -> None:
    line = "Programming: R (advanced) / Python \u2010 Julia \u2010 Bash"
    assert {"julia", "bash"} <= found_skills(vocabulary, line, in_skills=True)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Familiarity with code versioning tools such as Git", "version control"),
        ("The ability to think critically and creatively", "critical thinking"),
        ("Experience with SQL and distributed compute (Spark, Dask)", "distributed computing"),
        ("Ability to work collaboratively in a team environment", "teamwork"),
        ("Improved latency through inference optimization", "model deployment"),
        ("Worked on offline training and online serving of rankers", "model deployment"),
        ("Updated and optimized online marketing accounts", "digital marketing"),
        ("Led groups of first year undergraduate students", "leadership"),
    ],
)
def test_a_posting_or_resume_phrasing_names_the_skill(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Versioning of the yearly report", "version control"),
        ("Led to a group decision", "leadership"),
        ("Statistical inference for survey data", "model deployment"),
        ("Serving customers at the front desk", "model deployment"),
    ],
)
def test_a_posting_or_resume_phrasing_needs_its_words(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def _venue_run_scan(tokens: list[str], first: int) -> bool:
    """The plain definition names_before computes in one pass: scan back over capitalised words and joiners; a
    comma before a capitalised word goes on with a name that holds a venue word before the comma."""
    j = first - 1
    while j >= 0:
        if tokens[j] == "," and j + 1 < len(tokens) and tokens[j + 1][:1].isupper():
            return _venue_run_scan(tokens, j)
        if not (tokens[j][:1].isupper() or tokens[j] in ("on", "of", "and", "&", "in", "for")):
            return False
        if tokens[j].lower() in ("conference", "transactions", "journal"):
            return True
        j -= 1
    return False


# of these words exactly Conference, Transactions and Journal are venue words
_WORDS = st.sampled_from(
    ["Conference", "Transactions", "Journal", "on", "&", "Big", "Data", "Python", "python", "x", ","]
)


@given(st.lists(_WORDS, max_size=12), st.data())
def test_a_name_before_a_span_is_found_in_one_pass_as_by_scanning_back(tokens: list[str], data: st.DataObject) -> None:
    first = data.draw(st.integers(min_value=0, max_value=len(tokens)))
    before = names_before(tokens)
    assert before[first] == _venue_run_scan(tokens, first)
    if first < len(tokens):
        assert in_a_name(tokens, first, first + 1, before) == in_a_name(tokens, first, first + 1)


def test_a_long_line_of_skill_names_reads_them_and_no_venue(vocabulary: Vocabulary) -> None:
    assert "python" in found_skills(vocabulary, "Skills: " + "Python " * 3000)
    assert "python" not in found_skills(vocabulary, "Best Paper, " + "IEEE Conference on Python " * 5)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Proficient in Python, SQL and Tableau.", {"python", "sql", "tableau"}),
        ("Familiar with Docker, Kubernetes and Terraform.", {"docker", "kubernetes", "terraform"}),
        ("Tools: Jupyter, Git, Power BI, MS Excel", {"jupyter", "git", "power bi", "microsoft excel"}),
        ("Experienced in ML/DL and NLP", {"machine learning", "deep learning", "natural language processing"}),
        ("Languages: Python 3.x, Java 8, C/C++, Bash", {"python", "java", "c", "c++", "bash"}),
        ("Frameworks: TF2, PyTorch Lightning, scikit learn, HuggingFace",
         {"tensorflow", "pytorch lightning", "scikit-learn", "hugging face"}),
        ("Pytorch-lightning, Tensorflow2, Sci-kit Learn", {"pytorch lightning", "tensorflow", "scikit-learn"}),
        ("Cloud: GCP/AWS/Azure", {"google cloud platform", "amazon web services", "microsoft azure"}),
        ("Skilled in MS-Excel and MS PowerPoint.", {"microsoft excel", "microsoft powerpoint"}),
        ("Machine Learning | Deep Learning | Computer Vision", {"deep learning", "computer vision"}),
        ("Python (Expert), SQL (Advanced), R (Intermediate)", {"python", "sql", "r"}),
        ("Postgres, MSSQL, MySQL 8, Oracle 19c", {"postgresql", "microsoft sql server", "mysql", "oracle database"}),
        ("Deep-learning, machine-learning, computer-vision", {"deep learning", "machine learning", "computer vision"}),
        ("Conocimientos: aprendizaje automático, análisis de datos", {"machine learning", "data analysis"}),
        ("Kenntnisse: Datenanalyse, maschinelles Lernen, SQL", {"data analysis", "machine learning", "sql"}),
        ("Compétences : apprentissage automatique, analyse de données", {"machine learning", "data analysis"}),
    ],
)  # fmt: skip
def test_skills_written_in_the_ways_resumes_write_them(vocabulary: Vocabulary, line: str, expected: set[str]) -> None:
    assert expected <= found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Competenze: apprendimento automatico, reti neurali, analisi dei dati, lavoro di squadra",
         {"machine learning", "neural networks", "data analysis", "teamwork"}),
        ("Kenntnisse: Bildverarbeitung, Datenvisualisierung, Mitarbeiterführung, Teamarbeit",
         {"image processing", "data visualization", "people management", "teamwork"}),
        ("Compétences : travail d'équipe, traitement d'images, compétences en communication",
         {"teamwork", "image processing", "communication skills"}),
        ("Habilidades: gestión de equipos, procesamiento de imágenes, habilidades comunicativas",
         {"people management", "image processing", "communication skills"}),
        ("Inteligência artificial e processamento de imagens; gerenciamento de projetos",
         {"artificial intelligence", "image processing", "project management"}),
        ("Sistemas Distribuídos; Bases de Dados; Programação Funcional; Programação Orientada aos Objetos",
         {"functional programming", "object-oriented programming", "databases", "distributed systems"}),
        ("Algoritmos e Complexidade, Sistemas Operativos, Computação Gráfica, Redes de Computadores",
         {"computer networks", "computer graphics", "operating systems", "data structures and algorithms"}),
        ("Hice análisis estadísticos de encuestas; control de concurrencia optimista; criptografía de clave pública",
         {"statistics", "concurrency", "cryptography"}),
        ("Zeitreihenanalyse, verteiltes Rechnen, numerische Methoden, Spieleentwicklung, Cybersicherheit",
         {"time series analysis", "distributed computing", "numerical methods", "game development", "cybersecurity"}),
        ("Análise de séries temporais; sistemas de recomendação; pensamento crítico; área da saúde",
         {"time series analysis", "recommender systems", "critical thinking", "healthcare"}),
        ("Sistemas de recomendación, visualización de datos, minería de datos, servicios financieros",
         {"recommender systems", "data visualization", "data mining", "financial services"}),
        ("Systèmes de recommandation, méthodes numériques, recherche scientifique, résolution de problèmes",
         {"recommender systems", "numerical methods", "scientific research", "problem solving"}),
        ("Sistemi di raccomandazione, metodi numerici, analisi statistica, pensiero critico, sviluppo web",
         {"recommender systems", "numerical methods", "statistics", "critical thinking", "web development"}),
        ("Experiência com integração contínua; comércio eletrônico; ensino de HTML e POO",
         {"ci/cd", "e-commerce", "object-oriented programming"}),
        ("Desarrollo aplicaciones móviles y aplicaciones web; escribí pruebas unitarias y pruebas automatizadas",
         {"web development", "mobile development", "software testing", "unit testing"}),
        ("Programmation orientée objet, systèmes d'exploitation, réseaux informatiques",
         {"object-oriented programming", "operating systems", "computer networks"}),
        ("Kenntnisse: Betriebssysteme, verteilte Systeme, Kryptographie, Softwarearchitektur",
         {"operating systems", "distributed systems", "cryptography", "software architecture"}),
    ],
)  # fmt: skip
def test_skills_written_in_other_languages(vocabulary: Vocabulary, line: str, expected: set[str]) -> None:
    assert expected <= found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Datenbank der Kunden gepflegt (Aushilfe im Verkauf)", "people management"),
        ("Statistica del traffico, Bildungsurlaub", "image processing"),
        ("Teamleiter Verkauf, Datenschutz", "teamwork"),
        ("Sistemas de información y redes sociales", "distributed systems"),
        ("Sistemas de información y redes sociales", "computer networks"),
        ("Modelo de negocio y pruebas de concepto", "data modeling"),
    ],
)
def test_words_in_other_languages_name_only_their_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Conception de modèles d'apprentissage profond et d'apprentissage par renforcement",
         {"deep learning", "reinforcement learning"}),
        ("Stage sur l’apprentissage automatique appliqué à l'imagerie", {"machine learning"}),
        ("Tesi sull'apprendimento automatico e dell'elaborazione del linguaggio naturale",
         {"machine learning", "natural language processing"}),
        ("Projet de traitement automatique du langage et de vision par ordinateur",
         {"natural language processing", "computer vision"}),
        ("Réseaux de neurones convolutifs pour la détection d'objets et la segmentation d'images",
         {"convolutional neural networks", "object detection", "image segmentation"}),
        ("Apprentissage supervisé et non supervisé ; apprentissage non supervisé de représentations",
         {"supervised learning", "unsupervised learning"}),
        ("Grands modèles de langage, reconnaissance vocale, informatique en nuage",
         {"large language models", "speech recognition", "cloud computing"}),
    ],
)  # fmt: skip
def test_french_and_italian_words_after_an_elided_article(
    vocabulary: Vocabulary, line: str, expected: set[str]
) -> None:
    assert expected <= found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("word", "folded"),
    [("d'apprentissage", "apprentissage"), ("L’Informatique", "informatique"), ("dell'apprendimento", "apprendimento"),
     ("qu'il", "qu'il"), ("l'IA", "l'ia"), ("O'Reilly", "o'reilly"), ("don't", "don't"), ("Anne's", "anne")],
)  # fmt: skip
def test_an_elided_article_is_dropped_only_before_a_word(word: str, folded: str) -> None:
    assert fold(word) == folded


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Знания: алгоритмы и структуры данных, линейная алгебра, математическая статистика",
         {"data structures and algorithms", "linear algebra", "statistics"}),
        ("Знание линейной алгебры, математической статистики и теории вероятностей",
         {"linear algebra", "statistics", "probability"}),
        ("Интересуюсь машинным обучением и компьютерным зрением; умею работать в команде",
         {"machine learning", "computer vision", "teamwork"}),
        ("Курс «Введение в глубокое обучение»; A/B-тестирование, эконометрика",
         {"deep learning", "a/b testing", "econometrics"}),
        ("Подобрал нейронную сеть для классификации изображений и провёл её дообучение",
         {"neural networks", "image classification", "fine-tuning"}),
    ],
)  # fmt: skip
def test_russian_names_in_any_case_ending(vocabulary: Vocabulary, line: str, expected: set[str]) -> None:
    assert expected <= found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Замена машинного масла и обучение новых сотрудников", "machine learning"),
        ("Работа с клиентами и анализ рынка недвижимости", "data analysis"),
        ("Продажа бытовой техники, сеть магазинов", "neural networks"),
    ],
)
def test_russian_words_beside_those_names_name_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bureautique : Pack Office, LaTeX ; aisance orale, esprit d'équipe", {"microsoft office", "latex",
         "communication skills", "teamwork"}),
        ("Projet industriel (chef de projet, 6 mois) : logiciel embarqué sur bus CAN",
         {"project management", "embedded systems"}),
        ("Leitung eines kleinen Entwicklungs-Teams; Teamleitung im Kundenservice", {"leadership"}),
        ("Encadrement d'équipe et esprit d'analyse", {"people management", "problem solving"}),
        ("Technical leader & mentor for the web platform; contributed talk at a meetup",
         {"leadership", "presentation skills"}),
        ("Clustering, hidden Markov models and dimension reduction", {"dimensionality reduction"}),
    ],
)  # fmt: skip
def test_general_skills_in_the_words_of_other_languages_and_resumes(
    vocabulary: Vocabulary, line: str, expected: set[str]
) -> None:
    assert expected <= found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Leitung: Frau Dr. Beispiel, Abteilung Vertrieb", "leadership"),
        ("Reporting to the chief technology officer and the tech leads' guild", "presentation skills"),
        ("Office-Umzug organisiert und Pack-Stationen betreut", "microsoft office"),
    ],
)
def test_neighbours_of_those_words_name_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("word", "folded"),
    [("обучения", "обучен"), ("обучением", "обучен"), ("данных", "данн"), ("сеть", "сет"), ("Сети", "сет"),
     ("ПО", "по"), ("для", "для"), ("Python", "python")],
)  # fmt: skip
def test_a_russian_ending_is_dropped_down_to_a_stem_of_three_letters(word: str, folded: str) -> None:
    assert fold(word) == folded


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cursos: Matemática Discreta, Compiladores, Recuperação de Informação, Investigação Operacional",
         {"discrete mathematics", "compilers", "information retrieval", "operations research"}),
        ("Asignaturas: Matemáticas Discretas, Compiladores, Recuperación de Información, Investigación Operativa",
         {"discrete mathematics", "compilers", "information retrieval", "operations research"}),
        ("Cours : mathématiques discrètes, théorie de la compilation, recherche d'information",
         {"discrete mathematics", "compilers", "information retrieval"}),
        ("Vorlesungen: Diskrete Mathematik, Compilerbau, Information Retrieval, Operations Research",
         {"discrete mathematics", "compilers", "information retrieval", "operations research"}),
        ("Corsi: Matematica discreta, Compilatori, Ricerca operativa", {"discrete mathematics", "compilers",
         "operations research"}),
        ("Modélisation : Merise, UML; modèle de données du client", {"data modeling"}),
        ("Apliquei modelação de dados à logística; modelos de dados em SQL", {"data modeling"}),
        ("SQL-Abfragen und Datenmodelle angepasst", {"data modeling"}),
        ("Projets d'informatique décisionnelle; inteligência de negócios", {"business intelligence"}),
        ("Agência de marketing digital; controle de planilhas", {"digital marketing", "spreadsheets"}),
        ("Tabellenkalkulation und Online-Marketing", {"spreadsheets", "digital marketing"}),
        ("Hojas de cálculo, marketing numérique, Mobile Marketing", {"spreadsheets", "digital marketing"}),
        ("Finite-Elemente-Methode und numerische Strömungsmechanik", {"numerical methods"}),
        ("Méthode des éléments finis; elementos finitos; CFD simulations", {"numerical methods"}),
        ("Finite element analysis of a steel bracket", {"numerical methods"}),
        ("Web servers: Nginx, Apache, HAProxy", {"nginx", "apache http server"}),
        ("OpenMP, OpenMPI, CUDA", {"openmp", "mpi"}),
        ("Langages : C, Shell, Python", {"bash", "python"}),
        (".NET (VB, C#), TypeScript", {"visual basic", "c#"}),
        ("Selenium, Scraping, Dashboards", {"web scraping", "selenium"}),
        ("Web-scrapping with BeautifulSoup", {"web scraping"}),
        ("Metodologias ágeis (Scrum); méthodes agiles; agile Methoden", {"agile"}),
        ("Tutoring of PhD students in statistics; peer tutoring", {"mentoring"}),
        ("Supervision of three master student projects; 12 MSc dissertations supervised", {"mentoring"}),
        ("Encadrement de deux stagiaires; professeur particulier de mathématiques", {"mentoring"}),
        ("Betreuung von drei Abschlussarbeiten; Nachhilfe in Mathematik", {"mentoring"}),
        ("Orientação de 5 alunos de iniciação científica; aulas particulares", {"mentoring"}),
        ("Supervisión de tres estudiantes de maestría; clases particulares", {"mentoring"}),
        ("Cursos: Álgebra Linear, Teoria dos Grafos, Arquitetura de Computadores, Processamento de Sinais",
         {"linear algebra", "graph theory", "computer systems", "signal processing"}),
        ("Cours : algèbre linéaire, théorie des graphes, interaction homme-machine, apprentissage par renforcement",
         {"linear algebra", "graph theory", "human-computer interaction", "reinforcement learning"}),
        ("Vorlesungen: Lineare Algebra, Rechnerarchitektur, Signalverarbeitung, Wahrscheinlichkeitstheorie",
         {"linear algebra", "computer systems", "signal processing", "probability"}),
        ("Asignaturas: Álgebra Lineal, Teoría de Grafos, Programación Paralela, Cálculo Diferencial",
         {"linear algebra", "graph theory", "distributed computing", "calculus"}),
        ("Corsi: Algebra lineare, Teoria dei grafi, Architettura degli elaboratori, Calcolo delle probabilità",
         {"linear algebra", "graph theory", "computer systems", "probability"}),
    ],
)  # fmt: skip
def test_course_and_tool_names_in_other_languages_and_spellings(
    vocabulary: Vocabulary, line: str, expected: set[str]
) -> None:
    assert expected <= found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Deployed on Apache Tomcat with Apache Kafka", "apache http server"),
        ("Tools: Apache JMeter, Git, Jira", "apache http server"),
        ("Field engineer at Shell Oil, Houston", "bash"),
        ("Worked a file crawler into the archive tool", "web scraping"),
        ("2014-2017 École Nationale Supérieure d’Informatique et de Mathématiques Appliquées", "mathematics"),
        ("Escola Politécnica de Engenharia de Software, Lisboa", "software engineering"),
        ("Matemáticas Discretas y Compiladores", "mathematics"),
        ("Encadrement de la production et des achats", "mentoring"),
        ("Supervised students during the lab sessions", "mentoring"),
        ("Cálculo do imposto e teoria das filas", "calculus"),
        ("Traitement du dossier et signalement", "signal processing"),
    ],
)
def test_names_and_neighbouring_words_of_those_spellings_name_no_skill(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("熟悉Java和Python，了解Spring Boot", {"java", "python", "spring boot"}),
        ("数据库 Redis，MongoDB，MySQL，Memcached等；", {"mysql", "redis", "mongodb", "memcached"}),
        ("Python을 사용하여 모델 개발", {"python"}),
        ("熟悉Python，Go、R", {"go", "r"}),  # wide commas mark list items as "," does
        ("Pythonを使用したデータ分析", {"python"}),
    ],
)
def test_latin_names_written_against_cjk_script(vocabulary: Vocabulary, line: str, expected: set[str]) -> None:
    assert expected <= found_skills(vocabulary, line)


def test_cjk_script_alone_and_latin_inside_a_word_stay_as_they_are(vocabulary: Vocabulary) -> None:
    assert found_skills(vocabulary, "负责公共组件的设计和开发") == set()
    found = found_skills(vocabulary, "JavaScript开发")
    assert "javascript" in found and "java" not in found


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("系统采用分布式架构，负责广告平台的后端开发和高并发优化",
         {"distributed systems", "online advertising", "backend development", "concurrency"}),
        ("熟悉机器学习、深度学习、自然语言处理", {"machine learning", "deep learning", "natural language processing"}),
        ("Pythonを使用した機械学習モデルの開発", {"python", "machine learning"}),
        ("**数据库** Redis，MySQL", {"databases", "mysql", "redis"}),
    ],
)  # fmt: skip
def test_names_inside_chinese_and_japanese_runs(vocabulary: Vocabulary, line: str, expected: set[str]) -> None:
    assert expected <= found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [("教授小学算术", "data structures and algorithms"), ("前往广州出差", "frontend development")],
)
def test_chinese_characters_of_other_words_name_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Fitted generalized linear models and mixed effects models", "regression models"),
        ("Fitted generalized linear models and mixed effects models", "statistical modeling"),
        ("A fixed-effects regression of wages on tenure", "regression models"),
        ("Econometric analysis of panel data", "econometrics"),
        ("Workshop: moving beyond NHST in psychology", "hypothesis testing"),
        ("Factor analysis and structural equation modeling of survey data", "statistical modeling"),
    ],
)
def test_statistical_methods_by_their_names(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Mixed results across the panel of judges", "econometrics"),
        ("Generalized the linear layout to all models", "regression models"),
    ],
)
def test_statistical_method_words_in_other_senses(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Python을 활용한 머신러닝 모델 개발", {"python", "machine learning"}),
        ("딥러닝과 자연어 처리 연구", {"deep learning", "natural language processing"}),
        ("백엔드 개발자로서 데이터베이스를 설계", {"backend development", "databases"}),
    ],
)
def test_korean_names_with_their_particles(vocabulary: Vocabulary, line: str, expected: set[str]) -> None:
    assert expected <= found_skills(vocabulary, line)


def test_a_korean_particle_is_dropped_only_from_longer_hangul_words() -> None:
    assert fold("머신러닝을") == fold("머신러닝") and fold("데이터를") == fold("데이터")
    assert fold("이가") != fold("이") and fold("Python") == "python"


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Readiness to learn and grow my knowledge of tools like Haskell, Elixir, Rust, Go.", "elixir"),
        ("Eager to learn Kubernetes and Terraform", "terraform"),
        ("Consigo lidar bem com prazos curtos", "3d computer vision"),
    ],
)
def test_a_wish_to_learn_or_a_word_of_another_language_shows_no_skill(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Built 3D maps from LiDAR scans", "3d computer vision"),
        ("Built ETL jobs in Python; eager to learn Rust", "python"),
    ],
)
def test_names_beside_those_rules_still_count(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Ingénieur de recherche, Laboratoire Exemple, Nantes", "scientific research"),
        ("Investigador visitante, Universidad de Ejemplo, 2018", "scientific research"),
        ("Assegnista di ricerca presso il Politecnico di Esempio", "scientific research"),
        ("Iniciação científica em química, 2015-2016", "scientific research"),
        ("Wissenschaftliche Hilfskraft am Beispiel-Institut", "scientific research"),
        ("Prototypage rapide d'un capteur de pression", "prototyping"),
        ("Réalité virtuelle pour la formation des pilotes", "virtual reality"),
        ("Aplicaciones de realidad aumentada para museos", "augmented reality"),
        ("Corso di parlare in pubblico per dottorandi", "presentation skills"),
        ("Ottima comunicazione interpersonale con i clienti", "communication skills"),
        ("Co-encadrement de deux doctorants", "mentoring"),
        ("Desarrollo de una API REST para pagos", "restful apis"),
        ("Intégration continue : Jenkins, Travis, GitLab", "travis ci"),
    ],
)
def test_a_skill_named_in_another_language(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Centre de recherche Exemple, Nantes (stage de fin d'études)", "scientific research"),
        ("Ingénieur commercial, recherche de nouveaux clients", "scientific research"),
        ("La réalité du terrain : gestion de chantier", "virtual reality"),
        ("Communication interne et relations presse", "communication skills"),
        ("Encadrement : P. Exemple et M. Modèle", "mentoring"),
        ("Worked with Travis Example on the build system", "travis ci"),
        ("Travis County, Texas", "travis ci"),
    ],
)
def test_a_near_miss_in_another_language_names_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "in_skills", "present"),
    [
        ("Compétences : Python, Statistiques, SQL", False, True),
        ("Python, statistiques, SQL", False, True),
        ("Statistiques", True, True),
        ("Suivi des statistiques de fréquentation du site", False, False),
        ("Analyse des statistiques des campagnes (2019)", False, False),
    ],
)
def test_french_statistiques_is_guarded_like_statistics(
    vocabulary: Vocabulary, line: str, in_skills: bool, present: bool
) -> None:
    assert ("statistics" in found_skills(vocabulary, line, in_skills=in_skills)) is present


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Built Tableau dashboards for the regional sales team", True),
        ("Reporting: python, sql, tableau, power bi", True),
        ("Le tableau ci-dessous résume les cours que j'ai donnés.", False),
        ("Voir le tableau des résultats en annexe", False),
    ],
)
def test_tableau_in_its_own_case_or_in_a_list_and_not_the_french_word(
    vocabulary: Vocabulary, line: str, present: bool
) -> None:
    assert ("tableau" in found_skills(vocabulary, line)) is present
