"""The ``workbench`` command: a thin shell over the library.

All argument parsing lives in this package, one module per command, each with ``register``
(its flags) and ``run`` (call the library with typed values, print, return the exit code). The
library below never sees an argparse namespace. Library modules are imported inside ``run`` so
that ``workbench --help`` and light commands start fast. Every ``WorkbenchError`` becomes one
line on stderr and exit code 2.

Exit 1 means "claims flagged" to CI, so nothing else may ever exit 1. What escapes a command
anyway is classified in ``main``: an ``OSError`` (full disk, read-only folder, a path the system
refuses) and input nested too deeply are bad input or a bad environment; anything else is a bug,
reported as ``internal error: …; please report`` with the file being processed
(``WORKBENCH_DEBUG=1`` adds the traceback). All exit 2: the
run could not say whether the drafts are clean (docs/limits.md).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence

import workbench

from ..errors import InternalError, WorkbenchError, current_input, note_input
from . import app, check, export, extract, fetch, reference, review, schemas
from .common import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, Parser, say

Handler = Callable[[argparse.Namespace], int]

COMMANDS = (extract, check, review, export, reference, fetch, app, schemas)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``argv`` (the arguments it will parse) naming a command, only
    that command's flags are registered (the parse is the same: each command has a parser of its
    own; registering all eight costs a cold start ~10 ms)."""
    parser = Parser(prog="workbench", description="Find, verify and review the numeric claims in news drafts.")
    parser.add_argument("--version", action=_Version, nargs=0, help="show program's version number and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    named = _named_command(argv)
    for command in COMMANDS:
        if named is None or command is named:
            command.register(sub)
    return parser


def _named_command(argv: Sequence[str] | None) -> object | None:
    """The command module the first word of ``argv`` names (the top level takes no option with a
    value), or None: then every command is registered, for help and for the unknown-command error."""
    first = next((a for a in argv or () if not a.startswith("-")), None)
    return next((c for c in COMMANDS if c.__name__.rsplit(".", 1)[-1] == first), None)


class _Version(argparse.Action):
    """``--version``, reading the installed version only when asked (reading package metadata
    costs a cold run about 50 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        sys.stdout.write(f"{parser.prog} {workbench.__version__}\n")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    note_input(None)

    def run() -> int:
        if argv is None:  # a process of its own (the console script, `python -m workbench`)
            _terminate_as_interrupt()
            from ..regex_cache import install
            from .common import cache_dir

            install(cache_dir())  # loads the patterns: a Ctrl-C here is the guard's one line, as later
        parser = build_parser(sys.argv[1:] if argv is None else argv)
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        handler: Handler = args.handler
        args.own_process = argv is None  # the process ends with the command: see common.long_lived
        note_input(str(getattr(args, "draft", "") or "") or None)
        return handler(args)

    return guarded(run)


def _terminate_as_interrupt() -> None:
    """SIGTERM (a `kill`, a CI job cancelled, a container stopped) unwinds the command as Ctrl-C does: the files it
    staged are removed and a swap half done is rolled back (SIGTERM's default ends the process at once, leaving
    staged copies of a package's files beside them), then one line and exit 130. Only in this process: a worker
    it forks ends by the signal as before."""
    import signal

    own = os.getpid()

    def interrupt(signum: int, frame: object) -> None:
        if os.getpid() != own:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)


def guarded(run: Callable[[], int]) -> int:
    """``run()``'s exit code; whatever it raises becomes one line on stderr and exit 2 (never 1)."""
    try:
        return run()
    except WorkbenchError as exc:
        say(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        from ..atomic import remove_unfinished

        remove_unfinished()  # a temp file made the moment the interrupt came, its name not yet returned
        print("workbench: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        say(_os_error(exc))
        return EXIT_ERROR
    except (RecursionError, MemoryError) as exc:
        what = "nested too deeply" if isinstance(exc, RecursionError) else "too large to hold in memory"
        say(f"{current_input() or '<input>'}: the input is {what} (simplify it; see docs/limits.md)")
        return EXIT_ERROR
    except InternalError as exc:
        say(f"internal error: {exc.description} while processing {exc.path}; please report")
        return EXIT_ERROR
    except RuntimeError as exc:
        loop = _symlink_loop(exc)
        if loop is None:
            return _bug(exc)
        say(_os_error(loop))
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last resort: never a traceback, never exit 1
        return _bug(exc)


def _bug(exc: Exception) -> int:
    if os.environ.get("WORKBENCH_DEBUG"):  # for whoever fixes the bug
        traceback.print_exc()
    where = current_input()
    say(f"internal error: {type(exc).__name__}: {exc}{f' while processing {where}' if where else ''}; "
         "please report")
    return EXIT_ERROR


def _symlink_loop(exc: RuntimeError) -> OSError | None:
    """Python before 3.13 reports a loop of symbolic links met by ``Path.resolve()`` as a RuntimeError
    ('Symlink loop from PATH'), later ones as the OSError ELOOP: a bad path, not a bug, wherever it is met."""
    import errno

    prefix = "Symlink loop from "
    text = str(exc)
    if not text.startswith(prefix):
        return None
    path = text.removeprefix(prefix).strip("'\"")
    return OSError(errno.ELOOP, os.strerror(errno.ELOOP), path)




def _os_error(exc: OSError) -> str:
    """``path: cannot read/write: reason (what to do)`` for an error the system raised."""
    import errno

    full = exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    # Every file we write names itself when a write fails (atomic.error_on); a full device without a name is
    # the standard output (`> /dev/full`, a full disk under a redirect), never the draft being read.
    path = exc.filename or ("<stdout>" if full else None) or current_input() or "<input>"
    reason = exc.strerror or str(exc)
    if full:
        hint = "free some space; files on disk were left as they were"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        hint = "check the permissions of the file and its folder; nothing was changed"
    else:
        hint = "check the path"
    return f"{path}: {reason} ({hint})"


if __name__ == "__main__":
    sys.exit(main())
