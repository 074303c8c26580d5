"""The recruiter's search language, parsed by our own small parser (never handed raw to FTS5).

    python django            all words must match
    "senior backend"         exact phrase
    java OR kotlin           either
    NOT php   -php           exclude
    (java OR kotlin) -php    parentheses
    pyth*                    prefix
    skill:python city:madrid title:"tech lead"    field filters (full-text fields)
    salary<=60000 years>=5 notice<=30 status:active english>=B2    comparisons (SQL fields)

Whatever cannot be parsed is searched as plain words: `c++`, `node.js`, `O'Brien`, `python AND`,
an email address or an unbalanced quote never raise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crm.domain.enums import CandidateStatus, EnglishLevel, RemotePolicy, Seniority

# Full-text fields: what the user types -> FTS column.
TEXT_FIELDS = {
    "name": "name", "nombre": "name",
    "email": "email", "correo": "email",
    "phone": "phone", "tel": "phone", "telefono": "phone", "teléfono": "phone",
    "title": "title", "titulo": "title", "título": "title", "puesto": "title",
    "company": "company", "empresa": "company", "employer": "company",
    "city": "city", "ciudad": "city", "location": "city", "ubicacion": "city", "ubicación": "city",
    "skill": "skills", "skills": "skills", "tech": "skills",
    "summary": "summary", "notes": "notes", "notas": "notes", "cv": "cv",
}
# Comparable fields: what the user types -> candidate column.
NUMBER_FIELDS = {
    "salary": "expected_salary", "salario": "expected_salary", "expected": "expected_salary",
    "current": "current_salary",
    "years": "years_experience", "exp": "years_experience", "experience": "years_experience", "años": "years_experience",
    "notice": "notice_days", "preaviso": "notice_days",
}
CHOICE_FIELDS = {
    "status": ("status", [s.value for s in CandidateStatus]),
    "estado": ("status", [s.value for s in CandidateStatus]),
    "seniority": ("seniority", [s.value for s in Seniority]),
    "remote": ("remote_preference", [r.value for r in RemotePolicy]),
}
ORDERED_FIELDS = {"english": ("english_level", [e.value for e in EnglishLevel]),
                  "ingles": ("english_level", [e.value for e in EnglishLevel]),
                  "inglés": ("english_level", [e.value for e in EnglishLevel])}


# ---- the syntax tree --------------------------------------------------------------------------
@dataclass(frozen=True)
class Term:
    """A word, phrase or prefix to find in the full-text index, optionally in one column."""

    text: str
    phrase: bool = False
    prefix: bool = False
    column: str | None = None


@dataclass(frozen=True)
class Compare:
    """A condition on a candidate column: salary<=60000, status:active, english>=B2."""

    column: str
    op: str  # one of = <= >= < >
    value: int | float | str


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


Node = Term | Compare | Not | And | Or


# ---- tokenising -------------------------------------------------------------------------------
_TOKEN = re.compile(
    r"""
    (?P<lparen>\() | (?P<rparen>\)) |
    (?P<compare>(?P<cfield>[^\W\d_][\w]*)\s*(?P<cop><=|>=|<|>|=|:)\s*
        (?:"(?P<cquoted>[^"]*)"|(?P<cvalue>[^\s()"]+))) |
    (?P<phrase>-?"[^"]*") |
    (?P<word>[^\s()"]+) |
    (?P<stray>")
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    negated: bool = False
    field: str | None = None
    op: str | None = None
    value: str | None = None


def _tokenise(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup
        if match.group("compare"):
            field = match.group("cfield")
            negated = False
            value = match.group("cquoted") if match.group("cquoted") is not None else match.group("cvalue")
            tokens.append(_Token("compare", match.group(0), negated, field.lower(), match.group("cop"), value))
        elif kind == "phrase":
            text = match.group("phrase")
            negated = text.startswith("-")
            tokens.append(_Token("phrase", text.lstrip("-").strip('"'), negated))
        elif kind == "word":
            tokens.append(_Token("word", match.group("word")))
        elif kind in ("lparen", "rparen"):
            tokens.append(_Token(kind, match.group(0)))
        # a stray quote is dropped: `O"Brien` or an unbalanced quote are searched as words
    return tokens


# ---- parsing ----------------------------------------------------------------------------------
class _ParseError(Exception):
    pass


class _Parser:
    def __init__(self, tokens: list[_Token]):
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.parse_or()
        if self.peek() is not None:
            raise _ParseError("unexpected input")
        return node

    def parse_or(self) -> Node:
        children = [self.parse_and()]
        while self._is_keyword("OR"):
            self.take()
            if self.peek() is None or self.peek().kind == "rparen":
                raise _ParseError("OR needs something after it")
            children.append(self.parse_and())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def parse_and(self) -> Node:
        children = [self.parse_unary()]
        while True:
            token = self.peek()
            if token is None or token.kind == "rparen" or self._is_keyword("OR"):
                break
            if self._is_keyword("AND"):
                self.take()
                if self.peek() is None or self.peek().kind == "rparen":
                    raise _ParseError("AND needs something after it")
                continue
            children.append(self.parse_unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def parse_unary(self) -> Node:
        if self._is_keyword("NOT"):
            self.take()
            if self.peek() is None:
                raise _ParseError("NOT needs something after it")
            return Not(self.parse_unary())
        token = self.peek()
        if token is None:
            raise _ParseError("unexpected end")
        if token.kind == "word" and token.text.startswith("-") and len(token.text) > 1:
            self.take()
            return Not(_word_node(token.text[1:]))
        return self.parse_primary()

    def parse_primary(self) -> Node:
        token = self.take()
        if token.kind == "lparen":
            node = self.parse_or()
            closing = self.peek()
            if closing is None or closing.kind != "rparen":
                raise _ParseError("unbalanced parenthesis")
            self.take()
            return node
        if token.kind == "rparen":
            raise _ParseError("unbalanced parenthesis")
        if token.kind == "phrase":
            node: Node = Term(token.text, phrase=True)
            return Not(node) if token.negated else node
        if token.kind == "compare":
            return _compare_node(token)
        return _word_node(token.text)

    def _is_keyword(self, word: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "word" and token.text == word


def _word_node(text: str) -> Node:
    if text.endswith("*") and len(text.rstrip("*")) >= 1:
        return Term(text.rstrip("*"), prefix=True)
    return Term(text)


def _compare_node(token: _Token) -> Node:
    field, op, value = token.field or "", token.op or ":", (token.value or "").strip()
    if field in TEXT_FIELDS and op in (":", "="):
        prefix = value.endswith("*") and len(value) > 1
        return Term(value.rstrip("*") if prefix else value, phrase=" " in value, prefix=prefix,
                    column=TEXT_FIELDS[field])
    if field in NUMBER_FIELDS:
        number = parse_number(value)
        if number is None:
            raise _ParseError(f"{field} needs a number")
        return Compare(NUMBER_FIELDS[field], "=" if op == ":" else op, number)
    if field in CHOICE_FIELDS and op in (":", "="):
        column, allowed = CHOICE_FIELDS[field]
        wanted = value.lower().replace(" ", "_").replace("-", "_")
        match = next((choice for choice in allowed if choice == wanted or choice.startswith(wanted)), None)
        if match is None:
            raise _ParseError(f"unknown {field}")
        return Compare(column, "=", match)
    if field in ORDERED_FIELDS:
        column, levels = ORDERED_FIELDS[field]
        level = value.upper()
        if level not in levels:
            raise _ParseError(f"unknown {field} level")
        return Compare(column, "=" if op == ":" else op, level)
    # Not a field we know (e.g. an email address `ana:x`, or `http://...`): plain words.
    raise _ParseError("unknown field")


def parse_number(value: str) -> float | None:
    """60000, 60.000, 60k, 60K, 5,5 -> number; None if not a number."""
    text = value.strip().lower().replace("€", "").replace("eur", "").strip()
    multiplier = 1
    if text.endswith("k"):
        multiplier, text = 1000, text[:-1]
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    text = text.replace(",", ".")
    try:
        return float(text) * multiplier
    except ValueError:
        return None


def _plain_words(query: str) -> Node | None:
    """The fallback: every run of letters/digits is a word that must match."""
    words = [w for w in re.findall(r"[\w+#.@'-]+", query)
             if re.search(r"\w", w) and w not in ("AND", "OR", "NOT")]
    terms = tuple(Term(w) for w in words)
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else And(terms)


def parse(query: str) -> Node | None:
    """The query's syntax tree, or None for an empty query. Never raises."""
    try:
        return _Parser(_tokenise(query)).parse()
    except _ParseError:
        return _plain_words(query)


def positive_terms(node: Node | None) -> list[str]:
    """The words and phrases a match contains, for highlighting."""
    if node is None:
        return []
    if isinstance(node, Term):
        return [node.text]
    if isinstance(node, Not | Compare):
        return []
    return [text for child in node.children for text in positive_terms(child)]
