"""Actor recognition: people, states and organizations in Italian news text."""
from .names import name_key
from .resolver import Actor, ActorMention, ActorResolver

__all__ = ["Actor", "ActorMention", "ActorResolver", "name_key"]
