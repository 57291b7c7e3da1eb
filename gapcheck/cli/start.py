"""The ``gapcheck`` script's start, before Typer is imported: compiled patterns, logging, a resume's reading begun.

Importing Typer, Click and the commands takes about a third of a one-page check. When the command line
plainly asks for ``check FILE`` or ``extract FILE``, the limited reading child is forked here, first, so
pdfminer reads the file while this process imports them and parses the options, and Typer is given an app of
that one command (``gapcheck.cli.typerapp.one_command_app``). The command then takes
that reading only if Typer parsed the same file and limits (``gapcheck.reading.start_reading``), else it
starts its own and this one is ended: Typer stays the only judge of the command line, with the same
errors and exit codes. Whatever this reader of ``argv`` is unsure of (another command, ``--help``,
an option it does not know, an option's value it cannot read, a file that is not there), it leaves alone.
"""

from __future__ import annotations

import gc
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gapcheck.limits import Limits

CACHE_DIR_ENV = "GAPCHECK_CACHE_DIR"

_FLAGS = {"--no-cache", "--fail-on-gaps"}
"""The options of ``check`` and ``extract`` that take no value."""

_VALUES = {"-r", "--role", "-p", "--posting", "-f", "--format", "-o", "--output", "--roles-dir", "--as-of"}
_VALUES |= {"--cache-dir", "--fail-under", "--max-pages", "--max-size-mb", "--timeout", "--max-memory-mb"}
"""The options of ``check`` and ``extract`` that take one value (tests/test_cli_start.py holds both sets to Typer's)."""

_COMMANDS: dict[str, tuple[str, ...]] = {name: () for name in ("check", "match", "extract", "batch", "compare")}
_COMMANDS["roles"] = ("list", "show", "from-posting")
"""Each command's name and its subcommands' (tests/test_cli_start.py holds them to the app's)."""

_LIMITS = {"--max-pages": 20.0, "--max-size-mb": 10.0, "--timeout": 60.0, "--max-memory-mb": 1024.0}
"""The limit options and their defaults, as the commands declare them."""


def main() -> None:
    """Run the command line in ``sys.argv``; exits (``SystemExit``) with the command's exit code, as Typer does."""
    from gapcheck import regexcache  # first: the modules imported after it find their patterns compiled

    args = sys.argv[1:]
    folder = cache_dir_of(args)
    regexcache.load(folder)
    if not help_only(args):  # a help or usage line reads no data file: it imports no gapcheck.compiled
        from gapcheck import compiled

        compiled.use_folder(folder)  # the data files (headings, degree names, roles) parsed once for all runs
    _plain[:] = [start_early_reading(args)]
    _paused[:] = [_plain[0] and gc.isenabled()]
    if _paused[0]:  # after the fork: the reading child collects garbage as always
        gc.disable()  # until the profile is built (see collect_garbage): what loads until then lives to the end
    try:
        if _plain[0]:  # Typer builds the one command the line names (see typerapp.one_command_app)
            from gapcheck.cli.typerapp import one_command_app

            one_command_app(next(arg for arg in args if arg not in ("-v", "--verbose")))()
        else:
            from gapcheck.cli.commands import app

            app()
    finally:
        collect_garbage()
        _end_run()


def collect_garbage() -> None:
    """Turn the garbage collector on again (``main`` turns it off while a plain check or extract starts), before
    a resume's profile is built: the text of a hostile file may make cyclic garbage, and the memory cap holds.

    The modules, the vocabulary and the roles made before that live to the end of the run; collecting
    them again and again as they are made cost about 10 ms of CPU.
    """
    if _paused == [True]:
        _paused[0] = False
        gc.enable()


def run() -> None:
    """The ``gapcheck`` script (and ``python -m gapcheck``): ``main()``, then, after a plain ``check`` or
    ``extract``, an exit without the interpreter's teardown (see ``_exit_at_once``)."""
    try:
        main()
    except SystemExit as stop:
        if _plain == [True] and (stop.code is None or isinstance(stop.code, int)):
            _exit_at_once(stop.code or 0)
        raise


_plain: list[bool] = []
"""Whether ``main`` started an early reading: the command line was a plain ``check`` or ``extract``."""

_paused: list[bool] = []
"""Whether ``main`` turned the garbage collector off (``collect_garbage`` turns it on again)."""


def _end_run() -> None:
    """End a reading no command took (only ``main`` starts one, for a plain command line), and keep the patterns
    this run compiled."""
    from gapcheck import regexcache

    if _plain == [True]:
        from gapcheck.reading import end_early_reading

        end_early_reading()
    regexcache.save()


def _exit_at_once(code: int) -> None:
    """Exit with ``code`` without tearing the interpreter down (freeing every module and object, which the
    system does anyway), once the exit functions have run and the output is flushed. Returns instead when
    another thread runs or the output cannot be flushed: the usual exit then waits or reports it."""
    import atexit
    import threading

    if threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        atexit._run_exitfuncs()  # logging's handlers among them
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code)


def configure_logging(verbose: bool) -> None:
    """Debug logs on stderr with ``--verbose``; else warnings, and none of pdfminer's (font quirks it recovers
    from say nothing a user can act on)."""
    import logging

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(name)s: %(message)s")
    if not verbose:
        logging.getLogger("pdfminer").setLevel(logging.ERROR)


def default_cache_dir() -> Path:
    """The user's cache folder for gapcheck."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("gapcheck"))


def cache_dir_of(args: Sequence[str]) -> Path | None:
    """The cache folder a command line names (``--cache-dir``, else the environment, else the user's): where compiled
    patterns are kept, ``--no-cache`` or not (they hold nothing from a resume: ``regexcache.seal``). A wrong guess
    costs only speed."""
    chosen = os.environ.get(CACHE_DIR_ENV) or None
    for index, arg in enumerate(args[:-1]):
        if arg == "--cache-dir":
            chosen = args[index + 1]
    for arg in args:
        if arg.startswith("--cache-dir="):
            chosen = arg.partition("=")[2]
    path = Path(chosen) if chosen else default_cache_dir()
    return None if path.exists() and not path.is_dir() else path


def help_only(args: Sequence[str]) -> bool:
    """Whether the command line only asks for help, so no command runs: no words, or a command's (or a group's)
    name and ``--help`` at the end, nothing else but ``--verbose`` before them. Unsure means False."""
    rest = list(args)
    while rest and rest[0] in ("-v", "--verbose"):
        rest.pop(0)
    if rest and rest[-1] in ("-h", "--help"):
        rest.pop()
    elif rest:
        return False
    if not rest:
        return True
    return rest[0] in _COMMANDS and (len(rest) == 1 or (len(rest) == 2 and rest[1] in _COMMANDS[rest[0]]))


def start_early_reading(args: Sequence[str]) -> bool:
    """Fork the reading of the resume a plain ``check``/``extract`` command line names; whether it started."""
    found = _plain_reading(args)
    if found is None:
        return False
    path, limits, verbose, private = found
    from gapcheck.reading import start_early

    configure_logging(verbose)  # before the fork, so the child logs as the command's callback would have it
    start_early(path, limits, private=private)
    return True


def _plain_reading(args: Sequence[str]) -> tuple[Path, Limits, bool, bool] | None:
    """The resume, limits, ``--verbose`` and ``--no-cache`` of a plain ``check``/``extract`` command line; None if
    unsure."""
    verbose = private = False
    rest = list(args)
    while rest and rest[0] in ("-v", "--verbose"):
        verbose = True
        rest.pop(0)
    if not rest or rest[0] not in ("check", "extract"):
        return None
    values: dict[str, str] = {}
    files: list[str] = []
    words = iter(rest[1:])
    for word in words:
        name, equals, value = word.partition("=") if word.startswith("--") else (word, "", "")
        if name in _VALUES:
            value = value if equals else next(words, None)  # type: ignore[assignment]
            if value is None:
                return None
            values[name] = value
        elif name in _FLAGS and not equals:
            private = private or name == "--no-cache"
        elif word.startswith("-") and word != "-":
            return None  # --help, --, an unknown option, short options run together
        else:
            files.append(word)
    if len(files) != 1 or not _readable_file(files[0]):
        return None
    limits = _limits(values)
    return (Path(files[0]), limits, verbose, private) if limits is not None else None


def _readable_file(name: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(name).st_mode) and os.access(name, os.R_OK)
    except (OSError, ValueError):
        return False


def _limits(values: dict[str, str]) -> Limits | None:
    """The limits the options give (0 turns one off, as ``resolve_limits`` has it); None for a value Typer
    would refuse or read otherwise."""
    from gapcheck.limits import MB, Limits

    read: dict[str, float] = {}
    for name, default in _LIMITS.items():
        text = values.get(name)
        try:
            number = default if text is None else (int(text) if name == "--max-pages" else float(text))
        except ValueError:
            return None
        if not number >= 0 or number == float("inf"):
            return None
        read[name] = number
    return Limits(
        max_pages=int(read["--max-pages"]) or None,
        max_bytes=round(read["--max-size-mb"] * MB) or None,
        timeout=read["--timeout"] or None,
        max_memory=round(read["--max-memory-mb"] * MB) or None,
    )
