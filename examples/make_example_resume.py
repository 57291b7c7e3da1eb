"""Build examples/resume.pdf, the invented resume used by the README's quick start.

Run: python examples/make_example_resume.py   (needs fpdf2: pip install -e ".[test]")
The person is invented; the layout is a common one-column resume with right-aligned dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

RESUME = [
    ("name", "Jordan Rivera"),
    ("text", "jordan.rivera@example.com  |  Seattle, WA  |  github.com/jrivera-example"),
    ("heading", "Summary"),
    ("text", "Machine learning engineer who builds data pipelines and ranking models for search and recommendations."),
    ("heading", "Experience"),
    ("job", "Machine Learning Engineer, Northwind Retail", "Mar 2023 - Present"),
    ("bullet", "Built and retrained ranking models for product search in Python with PyTorch and scikit-learn."),
    ("bullet", "Designed Airflow data pipelines on AWS (S3, SageMaker) feeding model training and evaluation."),
    ("bullet", "Ran A/B tests on personalization features; shipped a feature store used by four teams."),
    ("job", "Data Analyst, Contoso Health", "Jun 2021 - Feb 2023"),
    ("bullet", "Cleaned and analysed claims data with SQL and pandas; built Tableau dashboards for operations."),
    ("bullet", "Trained regression and classification models to forecast staffing needs."),
    ("job", "Software Engineering Intern, Fabrikam", "Summer 2020"),
    ("bullet", "Wrote REST APIs in Java and unit tests; used Git and Docker in a CI/CD workflow."),
    ("heading", "Education"),
    ("job", "University of Washington", "2017 - 2021"),
    ("text", "B.S. in Computer Science, minor in Statistics"),
    ("heading", "Skills"),
    ("text", "Languages: Python, SQL, Java, R"),
    ("text", "ML: PyTorch, scikit-learn, XGBoost, pandas, NumPy"),
    ("text", "Data & cloud: Airflow, Spark, AWS, Docker, Git, Tableau"),
]


def build(path: Path) -> None:
    pdf = FPDF(format="letter")
    pdf.set_creator("gapcheck examples/make_example_resume.py")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))  # reproducible bytes
    pdf.add_page()
    pdf.set_margins(18, 16, 18)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, *parts in RESUME:
        if kind == "name":
            pdf.set_font("Helvetica", "B", 20)
            pdf.cell(width, 10, parts[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "heading":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(width, 7, parts[0].upper(), new_x="LMARGIN", new_y="NEXT")
        elif kind == "job":
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(width * 0.7, 6, parts[0])
            pdf.set_font("Helvetica", "", 10.5)
            pdf.cell(width * 0.3, 6, parts[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "bullet":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 5, "- " + parts[0], new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width, 5, parts[0], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


if __name__ == "__main__":
    build(Path(__file__).with_name("resume.pdf"))
