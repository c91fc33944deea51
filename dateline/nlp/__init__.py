"""The NLP stages, each a named spaCy pipeline component (see :mod:`dateline.nlp.pipeline`)."""
