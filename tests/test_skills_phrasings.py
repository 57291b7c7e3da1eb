"""Tests for the ways resumes name a skill without its name: a domain through the work or the employer, a skill
through a verb and its object, a role through a title; each phrasing with a line it must not fire on."""

from __future__ import annotations

import pytest

from gapcheck.skills import Vocabulary, load_vocabulary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def _found(vocabulary: Vocabulary, line: str, *, in_skills: bool = False) -> set[str]:
    return set(vocabulary.find([line], [0] if in_skills else []))


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Developed software for banking applications for a major US bank", "financial services"),
        ("Built a loan default prediction model on bank data", "financial services"),
        ("Financial Engineer, Equity Derivatives", "financial services"),
        ("Data Innovation Lab @ Capital One (San Francisco)", "financial services"),
        ("Quant developer at Goldman Sachs", "financial services"),
        ("Global credit asset management firm with $4B AUM", "financial services"),
        ("Medical data analysis for cancer treatment", "healthcare"),
        ("Module owner for a patient safety critical vaccine schedule", "healthcare"),
        ("M.Res. in Medical Robotics and Image-Guided Intervention", "healthcare"),
        ("Managed five software developers", "people management"),
        ("Prepared supervisory appraisals of employees", "people management"),
        ("Directed and provided technical guidance to subordinates", "people management"),
        ("Ability to work in a team and alone", "teamwork"),
        ("Leadership & Team Collaboration", "teamwork"),
        ("Excellent communicator with clients", "communication skills"),
        ("Communicated technical requirements to the business", "communication skills"),
        ("Preceptor to other MSW students", "mentoring"),
        ("Co-supervised MSci and PhD students", "mentoring"),
        ("Supervised 30 Bachelor and Master theses", "mentoring"),
        ("Role: Sr. Project Leader", "leadership"),
        ("Weathering Intensity Working Group Leader", "leadership"),
        ("Motivated leader with strong organizational abilities", "leadership"),
        ("Collaborated with research labs to publish articles", "scientific research"),
        ("Research and development of nonlinear models", "scientific research"),
        ("Wrote scripts to scrape data from various websites", "web scraping"),
        ("Scraping websites offering financial articles", "web scraping"),
        ("Applied NLP to articles scraped from the internet", "web scraping"),
        ("Built web-crawlers to archive news articles", "web scraping"),
        ("DQN and PPO learning and parameter tuning", "hyperparameter tuning"),
        ("Tuned the hyper parameters of the ML model", "hyperparameter tuning"),
        ("Trained and evaluated multiple ML models", "model training"),
        ("Trained and evaluated multiple ML models", "model evaluation"),
        ("Need to train the machine learning model for more variation", "model training"),
        ("Arrhythmia detection and classification using neural networks", "classification"),
        ("Classify incoming tickets into 12 categories", "classification"),
    ],
)
def test_a_phrasing_names_the_skill(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in _found(vocabulary, line)


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
        ("Market leader in industrial pumps", "leadership"),
        ("Conducting research on fabrics and trims", "scientific research"),
        ("Vulnerability Researcher at a security firm", "scientific research"),
        ("Prepare rims for reassembly by scraping, grinding or sandblasting", "web scraping"),
        ("Adjusted the machine parameters for each batch", "hyperparameter tuning"),
        ("Mentored and managed pre-trained models", "model training"),
        ("Evaluated vendors for the data platform", "model evaluation"),
        ("Job classification and pay grades", "classification"),
    ],
)
def test_a_phrasing_does_not_fire_on_ordinary_use(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in _found(vocabulary, line)


def test_a_gapped_spelling_does_not_start_inside_a_hyphenated_word(vocabulary: Vocabulary) -> None:
    assert "model training" not in _found(vocabulary, "Fine-tuned a pre-trained BERT model")
    assert "model training" in _found(vocabulary, "Trained a deep-learning model on 2M images")
