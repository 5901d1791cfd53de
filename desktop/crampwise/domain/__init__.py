"""The domain: episodes, nights, vocabulary. Plain Python, no Qt, no database."""
