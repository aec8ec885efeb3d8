import sys

try:
    from .cli import main
except KeyboardInterrupt:  # Ctrl-C while the command's modules load: the line and exit code cli.guarded gives later
    sys.stderr.write("workbench: interrupted\n")
    sys.exit(130)

sys.exit(main())
