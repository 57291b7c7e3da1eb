"""python -m gapcheck: the same as the gapcheck command."""

from gapcheck.cli import run

if __name__ == "__main__":
    run()
