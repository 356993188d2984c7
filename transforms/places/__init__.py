"""Place recognition: Italian country, city and region names -> canonical English places."""
from .resolver import Place, PlaceMention, PlaceResolver

__all__ = ["Place", "PlaceMention", "PlaceResolver"]
