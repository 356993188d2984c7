"""Actor recognition: people, states and organizations in Italian news text."""
from .names import name_key
from .resolver import BODY_CODES, Actor, ActorMention, ActorResolver, national_organization

__all__ = ["Actor", "ActorMention", "ActorResolver", "BODY_CODES", "name_key", "national_organization"]
