"""Page furniture: the lines of a saved page that are not the article's text.

"Lire aussi" links, previous/next article links, share and comment prompts, subscription
and app advertising, photo credits, agency bylines, breadcrumbs, section labels, lone
numbers, ids and separator lines. ``detect(text)`` returns them as whole-line ranges in
code points, each with the rule that found it; it reads only the text and writes nothing.

A **line** is what lies between two ``\\n`` with the white space around it left out
(``line_range``); the reader marks and unmarks the same lines by hand.

Rules are deliberately narrow, because dimming a real paragraph hides news: a line longer
than ``MAX_LINE`` characters is never furniture; most rules also want a short line, a
prompt alone on its line, or a prompt at the very start followed by a title ("Lire aussi:
L'Italie…", never "Lire aussi les mémoires…"). A short label between two furniture lines
("Journal libéral" between two column teasers) is furniture too.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Iterator
from typing import Final, NamedTuple

MAX_LINE: Final = 300
"""Longer lines are prose, whatever they say."""
MAX_PREFIXED: Final = 250
"""A "Lire aussi: <title>" line is at most this long."""


class Reason(enum.StrEnum):
    """Which rule found a furniture line (stored in furniture.reason)."""

    RELATED = "related"
    """"Lire aussi", "Voir aussi", "Read more", "Related"…"""
    NAVIGATION = "navigation"
    """Previous/next article, breadcrumbs, "Back to top", menus."""
    SHARE = "share"
    """Share and follow prompts, social network names."""
    COMMENTS = "comments"
    """Comment prompts and the comment form's notices."""
    SUBSCRIPTION = "subscription"
    """Subscription offers, paywall notices, sign-up prompts."""
    APP = "app"
    """App promotion."""
    CREDIT = "credit"
    """Photo credits, copyright lines."""
    AGENCY = "agency"
    """A news agency byline alone on its line ("Xinhua/VNA/CVN", "(AFP)")."""
    BYLINE = "byline"
    """An author line ("Par Jean Dupont"), or a teaser ending with its author glued on."""
    METADATA = "metadata"
    """Publication time stamps, reading time, tags."""
    LABEL = "label"
    """A section or genre label alone on its line ("Chronique", "Publicité", "Vidéo…")."""
    NUMBER = "number"
    """A lone small number (a comment or share counter)."""
    IDENTIFIER = "identifier"
    """A long run of digits and dots: a page or article id."""
    SEPARATOR = "separator"
    """A line without a letter or digit ("===========", "* * *")."""
    NEIGHBOUR = "neighbour"
    """A short label between two furniture lines."""


class Furniture(NamedTuple):
    """One furniture line: [start, end) in code points and the rule that found it."""

    start: int
    end: int
    reason: Reason


# ------------------------------------------------------------------------- lines


def lines(text: str) -> Iterator[tuple[int, int]]:
    """The non-blank lines of text as [start, end) without their surrounding white space."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl
        start, end = pos, stop
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end
        if nl < 0:
            break
        pos = nl + 1


def line_range(text: str, offset: int) -> tuple[int, int] | None:
    """The line holding code point offset, without surrounding white space; None if blank."""
    offset = max(0, min(offset, len(text)))
    start = text.rfind("\n", 0, offset) + 1
    nl = text.find("\n", offset)
    end = len(text) if nl < 0 else nl
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


# ------------------------------------------------------------------------ rules

_I = re.IGNORECASE
_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_TERMINAL = re.compile(r"[.!?;]$")
_QUOTES = re.compile('[«»“”"„]')

# A prompt at the start of the line, followed by nothing, punctuation, or a title
# (a capital, a quote or a digit): "Lire aussi: …", "Article précédentL’Allemagne…".
_TITLE_AFTER = re.compile(rf"\s*(?:$|[:|>›»\-–—•.…(\[«“\"'0-9{_UPPER}])")

_RELATED = re.compile(
    r"(?:[»>•|\-–—]\s*)?(?:"
    r"(?:à\s+|a\s+)?(?:lire|voir|écouter|ecouter|regarder|relire)\s+"
    r"(?:aussi|également|egalement|encore|notre\s+dossier|nos\s+articles)"
    r"|(?:read|see|watch|listen)\s+(?:also|more)|also\s+read|more\s+on\s+this\s+(?:story|topic)"
    r"|related(?:\s+(?:articles?|stories|content|news|coverage|posts?|topics?))?"
    r"|sur\s+le\s+même\s+sujet|dans\s+la\s+même\s+rubrique|à\s+lire|a\s+lire"
    r"|les\s+plus\s+(?:lus|partagés|commentés)|most\s+(?:read|popular|viewed|shared)"
    r"|recommended(?:\s+for\s+you)?|recommandés?\s+pour\s+vous|nos\s+recommandations"
    r"|lire\s+la\s+suite|continue\s+reading|read\s+the\s+full\s+(?:story|article)"
    r")",
    _I,
)
_NAVIGATION_PREFIX = re.compile(
    r"(?:articles?|billets?|posts?)\s+(?:précédents?|suivants?|precedents?)"
    r"|(?:previous|next|older|newer)\s+(?:article|post|story|entry)s?"
    r"|(?:retour|revenir)\s+(?:en\s+haut|à\s+l'accueil|a\s+l'accueil|au\s+sommaire)"
    r"|back\s+to\s+(?:top|home)|skip\s+to\s+(?:main\s+)?content"
    r"|(?:aller|passer)\s+au\s+contenu(?:\s+principal)?"
    r"|(?:vous\s+êtes\s+ici|you\s+are\s+here)\s*:",
    _I,
)
_CRUMB_HOME = re.compile(r"(?:accueil|home)\s*[>›»/|·•]", _I)
_CRUMB_ACCUEIL = re.compile(rf"Accueil\s+[{_UPPER}]")
_CRUMB_SEPARATOR = re.compile(r"\s(?:>|›|\||/|»|·|•)\s")

_COMMENTS_PREFIX = re.compile(
    r"(?:laisser|laissez|ajouter|poster|écrire|rédiger|publier)\s+(?:un|votre)\s+commentaire"
    r"|(?:leave|post|add|write)\s+a\s+(?:comment|reply)|leave\s+a\s+reply"
    r"|votre\s+adresse\s+(?:e-?mail|mail|électronique|de\s+messagerie|courriel)\s+ne\s+sera\s+pas"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published"
    r"|les\s+champs\s+(?:obligatoires|requis)\s+sont\s+(?:indiqués|marqués)"
    r"|required\s+fields\s+are\s+marked|annuler\s+la\s+réponse|cancel\s+reply"
    r"|(?:afficher|voir|lire)\s+(?:les|tous\s+les)\s+commentaires"
    r"|(?:view|show|read|see)\s+(?:all\s+)?(?:\d+\s+)?comments"
    r"|join\s+the\s+(?:conversation|discussion)"
    r"|(?:connectez-vous|inscrivez-vous|identifiez-vous)\s+pour\s+(?:commenter|réagir)"
    r"|(?:log\s+in|sign\s+in)\s+to\s+comment"
    r"|vous\s+devez\s+être\s+connecté",
    _I,
)
_COMMENTS_WHOLE = re.compile(
    r"(?:\d+\s+)?(?:commentaires?|comments?|réactions?|reactions?)(?:\s*\(\d+\))?"
    r"|commenter|réagir|réagissez|donnez\s+votre\s+avis|write\s+a\s+comment",
    _I,
)

_SOCIAL = frozenset(
    "facebook twitter x linkedin whatsapp telegram messenger instagram youtube reddit "
    "pinterest flipboard bluesky threads mastodon tiktok snapchat e-mail email mail courriel "
    "imprimer print tweet tweeter tweetez partager partagez share copier copy lien link "
    "envoyer send sms".split()
)
_SHARE_WHOLE = re.compile(
    r"(?:partager|partagez|partage|share)(?:\s+(?:cet\s+article|l'article|this(?:\s+(?:article"
    r"|story|post|page))?|(?:sur|on|via)\s+\S+(?:\s+\S+)?|par\s+e-?mail))?"
    r"|(?:copier|copy)\s+(?:le\s+)?(?:lien|link)|lien\s+copié|link\s+copied"
    r"|envoyer\s+(?:par|à)\s+(?:e-?mail|un\s+ami)|email\s+this|print\s+this(?:\s+article)?",
    _I,
)
_FOLLOW = re.compile(
    r"(?:suivez-nous|suivez\s+(?:le|la|l')\s*\S+\s+sur|follow\s+us|rejoignez-nous|join\s+us\s+on"
    r"|retrouvez-nous|abonnez-vous\s+à\s+(?:notre|nos)\s+(?:chaîne|compte|page))",
    _I,
)

_SUBSCRIPTION_PREFIX = re.compile(
    r"(?:abonnez-vous|je\s+m'abonne|s'abonner|déjà\s+abonné|inscrivez-vous|je\s+m'inscris"
    r"|recevez\s+(?:notre|nos|la|gratuitement)|newsletter\s*[:\-–—]"
    r"|subscribe|sign\s+up|sign\s+in|log\s+in|se\s+connecter|créer\s+un\s+compte"
    r"|create\s+(?:an|your)\s+account|already\s+a\s+subscriber|become\s+a\s+(?:member|subscriber)"
    r"|offre\s+(?:spéciale|découverte|d'essai|limitée|d'abonnement)|essai\s+gratuit|free\s+trial"
    r"|try\s+(?:it\s+)?(?:for\s+)?free|support\s+(?:our|independent)\s+journalism"
    r"|soutenez\s+(?:notre|le)\s+journalisme)\b",
    _I,
)
_SUBSCRIPTION_STRONG = re.compile(
    r"réservée?s?\s+aux\s+abonnés|subscribers?\s+only|for\s+subscribers|pour\s+les\s+abonnés"
    r"|déjà\s+abonné|already\s+a\s+subscriber|essai\s+gratuit|free\s+trial|cancel\s+anytime"
    r"|résiliable\s+à\s+tout\s+moment",
    _I,
)
_PRICE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:€|euros?\b|\$|£)|[$€£]\s*\d", _I)
_OFFER_WORD = re.compile(
    r"\b(?:offre|offer|abonn\w*|subscri\w*|essai|trial|sans\s+engagement|premier\s+mois"
    r"|first\s+month|seulement|only|\d+\s*mois\s+pour|pour\s+\d+\s*mois|\d+\s+months?\s+for"
    r"|for\s+\d+\s+months?|par\s+mois\s+pendant|per\s+month\s+for)\b",
    _I,
)

_APP_PREFIX = re.compile(
    r"(?:téléchargez|télécharger|download|get|installez|installer|install|découvrez|essayez)\s+"
    r"(?:gratuitement\s+)?(?:l'|notre\s+|nos\s+|our\s+|the\s+|la\s+nouvelle\s+|the\s+new\s+)?"
    r"(?:app|appli|application|applications)s?\b",
    _I,
)
_APP_NAMED = re.compile(rf"(?:L')?(?:Application|Appli|App)\s+[{_UPPER}]")
_APP_STORE = re.compile(
    r"(?:disponible\s+sur|available\s+on|download\s+on|get\s+it\s+on|téléchargez\s+sur)\s+"
    r"(?:l'|the\s+)?(?:app\s+store|google\s+play)",
    _I,
)
_TAGLINE = re.compile(
    r"où\s+que\s+vous\s+soyez|wherever\s+you\s+are|partout\s+avec\s+vous|on\s+the\s+go"
    r"|dans\s+votre\s+poche|in\s+your\s+pocket|à\s+portée\s+de\s+main",
    _I,
)

_CREDIT_PREFIX = re.compile(
    r"(?:photos?|crédits?(?:\s+photos?)?|credits?|photo\s+credit|image|images|illustration"
    r"|infographie|source\s+photo|légende)\s*[:：]\s*\S"
    r"|©|copyright\s*(?:©|\(c\)|\d{4})",
    _I,
)
_CREDIT_END = re.compile(
    r"[(\[]\s*(?:photo|crédit|credit|image|illustration|©)\s*:?[^()\[\]]{1,60}[)\]]\s*\.?$"
    r"|(?:©|\bphoto\s*:)\s*[^.!?]{1,60}$",
    _I,
)
_RIGHTS = re.compile(r"tous\s+droits\s+réservés|all\s+rights\s+reserved", _I)

_AGENCIES = frozenset(
    "afp reuters ap xinhua tass itar-tass ria sputnik dpa efe ansa kyodo yonhap anadolu "
    "bloomberg upi belga ats apa epa getty vna cvn aps map ina irna isna mena wafa sana qna "
    "wam spa kuna bernama antara pti ani ians cna aa pa ips nhk interfax ukrinform unian "
    "adnkronos europa-press agi ntb tt stt ritzau ctk pap mti hina tanjug bta".split()
)
_AGENCY_PHRASES = (
    ("associated press", "ap"),
    ("agence france-presse", "afp"),
    ("agence france presse", "afp"),
    ("france-presse", "afp"),
    ("france presse", "afp"),
    ("ria novosti", "ria"),
    ("getty images", "getty"),
    ("press association", "pa"),
    ("europa press", "europa-press"),
)
_AGENCY_LEAD = re.compile(
    r"^(?:(?:avec|with|by|par|source|sources|selon)\s*:?\s+(?:l'|les\s+agences\s+)?)", _I
)
_AGENCY_SPLIT = re.compile(r"\s*(?:/|,|&|\+|\bet\b|\band\b|\s-\s|\s–\s)\s*|\s+", _I)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# "Le Monde avec AFP", "France 24 with Reuters": a masthead (capitalised words) with agencies
_WITH_AGENCY = re.compile(
    rf"^(?:[{_UPPER}0-9][\w'.\-]*\s+){{0,3}}[{_UPPER}0-9][\w'.\-]*\s+(?i:avec|with)\s+(?P<rest>.+)$"
)

_NAME_WORD = rf"[{_UPPER}][\w'\-]+"
_GLUED_NAME = re.compile(rf"[.!?\"”»…]({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})$")
# words that start a sentence or a heading, never a name: "…en Irak.Les Etats-Unis" is text
_NOT_NAMES = frozenset(
    "le la les l' un une des du de ce cet cette ces il elle ils elles on nous mais et en au "
    "aux dans pour par sur selon après avant depuis the a an this that these it he she they "
    "we in on at for from after before but and".split()
)
_BY = re.compile(
    rf"(?i:par|by|propos\s+recueillis\s+par)\s*:?\s+{_NAME_WORD}"
    rf"(?:\s+(?:{_NAME_WORD}|[{_UPPER}]\.|de|du|des|d'|van|von|der|da|al|el|ben|et|and))*"
    r"(?:\s*,\s*[^.!?]{0,60})?$"
)

_METADATA = re.compile(
    r"(?:publié|publiée|mis\s+à\s+jour|mise\s+à\s+jour|modifié|modifiée|actualisé|actualisée"
    r"|posted|published|updated|last\s+updated|last\s+modified|première\s+publication)"
    r"\s*(?:le|on|at|à|:|-|–)?\s*(?:\d|il\s+y\s+a|(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed"
    r"|thu|fri|sat|sun|jan|feb|fév|fev|apr|avr|mai|may|jun|juin|jul|juil|aug|août|sep|oct"
    r"|nov|dec|déc)\w*\.?\s)",
    _I,
)
_CLAUSE = re.compile(
    r",\s+(?:le|la|les|l'|un|une|il|elle|ils|elles|ce|cette|ces|on|nous|the|a|an|it|he|she"
    r"|they|we|this)\b",
    _I,
)
_READING_TIME = re.compile(
    r"(?:temps\s+de\s+lecture|lecture|reading\s+time)\s*:?\s*(?:\d+\s*min\w*)?"
    r"|\d+\s*min(?:utes?)?\s+(?:de\s+lecture|read|à\s+lire|reading)",
    _I,
)
_TAGS = re.compile(r"(?:tags|mots[- ]clés|mots[- ]clefs|sujets|thèmes|topics|keywords)\s*:", _I)

_MEDIA = re.compile(
    r"(?:vidéo|vidéos|video|videos|photos|diaporama|en\s+images|podcast|infographie"
    r"|en\s+direct|live)\b",
    _I,
)
_NUMBER = re.compile(r"\d{1,3}")
_COUNTER = re.compile(
    r"\d[\d\s.,]*\s*(?:commentaires?|comments?|réactions?|partages?|shares?|vues|views"
    r"|likes?|j'aime)",
    _I,
)
_IDENTIFIER = re.compile(r"[\d.\-_/:#]+")


def _labels() -> frozenset[str]:
    words = """
    avis|opinion|opinions|chronique|chroniques|éditorial|editorial|édito|edito|tribune|
    tribunes|billet|point de vue|débat|débats|décryptage|analyse|enquête|reportage|
    entretien|interview|portrait|exclusif|exclusive|en direct|direct|live|breaking news|
    dernière minute|dernières minutes|dernières infos|dernières nouvelles|à la une|la une|
    latest news|top stories|fil info|fil d'actualité|publicité|publicite|pub|advertisement|
    advertising|ad|ads|sponsored|sponsorisé|contenu sponsorisé|contenu partenaire|
    contenu de marque|partner content|paid content|partenaires|newsletter|newsletters|
    podcast|podcasts|vidéo|vidéos|video|videos|photo|photos|diaporama|en images|infographie|
    menu|rechercher|recherche|search|fermer|close|accueil|home|sommaire|voir plus|see more|
    show more|afficher plus|charger plus|load more|lire plus|en savoir plus|learn more|
    suivant|précédent|next|previous|haut de page|mentions légales|
    politique de confidentialité|privacy policy|cookies|nous contacter|contact us|à propos|
    about us|plan du site|sitemap
    """
    return frozenset(" ".join(w.split()) for w in words.split("|"))


LABELS: Final = _labels()
"""Section and genre labels that are furniture alone on their line (lower case)."""


def _normal(line: str) -> str:
    """NFC, one kind of apostrophe, single spaces."""
    line = unicodedata.normalize("NFC", line).replace("’", "'").replace("\u00a0", " ")
    return " ".join(line.split())


def _bare(s: str) -> str:
    """Lower case without the punctuation around: "Partager :" gives "partager"."""
    return s.strip(" :：.!?›»>|•·-–—*()[]").casefold()


def _prompt(pattern: re.Pattern[str], s: str) -> bool:
    """pattern at the start of s, followed by nothing, punctuation or a title."""
    m = pattern.match(s)
    return m is not None and _TITLE_AFTER.match(s, m.end()) is not None


def _agency(s: str) -> bool:
    if len(s) > 60:
        return False
    core = s.strip(" ()[]—–-·•.")
    m = _WITH_AGENCY.match(core)
    if m is not None and len(core) <= 80:
        core = m.group("rest")
    core = _AGENCY_LEAD.sub("", core)
    folded = core.casefold()
    for phrase, short in _AGENCY_PHRASES:
        folded = folded.replace(phrase, short)
    raw = [t for t in _AGENCY_SPLIT.split(core) if t]
    tokens = [t.strip("()[].") for t in _AGENCY_SPLIT.split(folded) if t.strip("()[].")]
    if not tokens:
        return False
    known = [t in _AGENCIES for t in tokens]
    if all(known):
        return True
    # "VNA/CVN": acronyms joined by slashes, with or without a known agency among them
    if "/" in core and len(raw) == len(tokens) >= 2:
        return all(
            k or _ACRONYM.fullmatch(r.strip("()[].")) for k, r in zip(known, raw, strict=True)
        )
    return False


def classify(line: str) -> Reason | None:
    """Why one line (without its newline) is furniture, or None when it is text."""
    s = _normal(line)
    if not s or len(s) > MAX_LINE:
        return None
    if not any(c.isalnum() for c in s):
        return Reason.SEPARATOR
    bare = _bare(s)
    words = len(s.split())
    terminal = _TERMINAL.search(s) is not None
    quoted = _QUOTES.search(s) is not None
    short = len(s) <= 120

    if _NUMBER.fullmatch(bare) or (short and _COUNTER.fullmatch(bare)):
        return Reason.NUMBER
    if " " not in s and _IDENTIFIER.fullmatch(s) and sum(c.isdigit() for c in s) >= 10:
        return Reason.IDENTIFIER
    if len(s) <= MAX_PREFIXED:
        if _prompt(_RELATED, s):
            return Reason.RELATED
        if _prompt(_NAVIGATION_PREFIX, s):
            return Reason.NAVIGATION
        if _COMMENTS_PREFIX.match(s):
            return Reason.COMMENTS
    if _is_breadcrumb(s, terminal):
        return Reason.NAVIGATION
    if bare in LABELS:
        return Reason.LABEL
    if _COMMENTS_WHOLE.fullmatch(bare) or _COMMENTS_WHOLE.fullmatch(s.casefold()):
        return Reason.COMMENTS
    if _SHARE_WHOLE.fullmatch(bare) or all(w in _SOCIAL for w in bare.split()):
        return Reason.SHARE
    if short and not terminal and _FOLLOW.match(s):
        return Reason.SHARE
    if short and _CREDIT_PREFIX.match(s):
        return Reason.CREDIT
    if len(s) <= 150 and _RIGHTS.search(s):
        return Reason.CREDIT
    if len(s) <= MAX_PREFIXED and _CREDIT_END.search(s):
        return Reason.CREDIT
    if _agency(s):
        return Reason.AGENCY
    if short and ((_APP_PREFIX.match(s) and not terminal) or _APP_STORE.search(s)):
        return Reason.APP
    if words <= 4 and not terminal and _APP_NAMED.match(s):
        return Reason.APP
    if short and not terminal and _SUBSCRIPTION_PREFIX.match(s):
        return Reason.SUBSCRIPTION
    if len(s) <= 90 and not quoted:
        if _SUBSCRIPTION_STRONG.search(s):
            return Reason.SUBSCRIPTION
        if _PRICE.search(s) and _OFFER_WORD.search(s) and not terminal:
            return Reason.SUBSCRIPTION
    if len(s) <= 60 and not quoted and not terminal and _TAGLINE.search(s):
        return Reason.APP
    if _glued_byline(s):
        return Reason.BYLINE
    if len(s) <= 100 and not terminal and _BY.match(s):
        return Reason.BYLINE
    if len(s) <= 100 and _METADATA.match(s) and not _CLAUSE.search(s):
        return Reason.METADATA
    if len(s) <= 60 and _READING_TIME.fullmatch(bare):
        return Reason.METADATA
    if len(s) <= MAX_PREFIXED and _TAGS.match(s):
        return Reason.METADATA
    if len(s) <= 60 and words <= 6 and not terminal and not quoted and _MEDIA.match(s):
        return Reason.LABEL
    return None


def _glued_byline(s: str) -> bool:
    """A teaser with its author glued on: "…l'écrivain Christoph Donner.Christoph Donner",
    "\"La croissance…\"Alain Madelin". A long line needs a quote or the name twice."""
    m = _GLUED_NAME.search(s)
    if m is None or m.group(1).split()[0].casefold() in _NOT_NAMES:
        return False
    name = m.group(1)
    return len(s) <= 100 or s[0] in '"“«' or name in s[: m.start(1)]


def _is_breadcrumb(s: str, terminal: bool) -> bool:
    if len(s) > 200:
        return False
    if _CRUMB_HOME.match(s):
        return True
    if _CRUMB_ACCUEIL.match(s) and (s.endswith(("...", "…")) or not terminal):
        return True
    if len(s) <= 150 and not terminal and "«" not in s:
        return len(_CRUMB_SEPARATOR.findall(s)) >= 2
    return False


def _label_like(s: str) -> bool:
    """Short enough, and plain enough, to be a label between two furniture lines."""
    s = _normal(s)
    return (
        len(s) <= 40
        and len(s.split()) <= 4
        and not _TERMINAL.search(s)
        and not s.endswith((":", ","))
        and _QUOTES.search(s) is None
    )


# The furniture a label between two lines takes after: teasers, ads and prompts (a heading
# between a photo credit and a "Lire aussi" link is the article's).
_CONTEXT: Final = frozenset(
    {
        Reason.NAVIGATION,
        Reason.SHARE,
        Reason.COMMENTS,
        Reason.SUBSCRIPTION,
        Reason.APP,
        Reason.BYLINE,
        Reason.LABEL,
        Reason.NEIGHBOUR,
    }
)


def detect(text: str) -> list[Furniture]:
    """Every furniture line of text, in text order."""
    spans = list(lines(text))
    reasons: list[Reason | None] = [classify(text[a:b]) for a, b in spans]
    changed = True
    while changed:
        changed = False
        for i in range(1, len(spans) - 1):
            before, after = reasons[i - 1], reasons[i + 1]
            if reasons[i] is None and before in _CONTEXT and after in _CONTEXT:
                a, b = spans[i]
                if _label_like(text[a:b]):
                    reasons[i] = Reason.NEIGHBOUR
                    changed = True
    return [
        Furniture(a, b, reason)
        for (a, b), reason in zip(spans, reasons, strict=True)
        if reason is not None
    ]
