"""`python -m crm` and the `crm` console script."""

import sys


def main(argv: list[str] | None = None) -> int:
    from crm.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
