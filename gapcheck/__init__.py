"""gapcheck: what stands between a resume and a job."""

__version__ = "0.1.0"
