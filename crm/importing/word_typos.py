"""One-letter typos of a known word ("Entrevsta", "Contratdo", "Ofeta"): the words a mistyped one may
have meant, for the stage words of a pipeline file.

Only words of 5 letters or more are corrected: in shorter ones a single letter changes the word ("ko",
"new", "lead"), so a guess would be as likely wrong as right.
"""

from __future__ import annotations

from collections.abc import Iterable

MIN_LENGTH = 5


def one_letter_apart(typed: str, known: str) -> bool:
    """Whether `known` is `typed` with one letter left out, added, changed, or two neighbours swapped."""
    if typed == known or abs(len(typed) - len(known)) > 1:
        return False
    if len(typed) == len(known):
        differ = [at for at, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and typed[differ[0]] == known[differ[1]] and typed[differ[1]] == known[differ[0]])
    shorter, longer = sorted((typed, known), key=len)
    at = next((at for at, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b), len(shorter))
    return shorter[at:] == longer[at + 1:]


def meant(typed: str, vocabulary: Iterable[str]) -> list[str]:
    """The known words `typed` is one letter away from (none for a known or short word)."""
    if len(typed) < MIN_LENGTH - 1:
        return []
    return [word for word in vocabulary if len(word) >= MIN_LENGTH and one_letter_apart(typed, word)]
