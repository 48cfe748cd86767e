"""Analytics core: key-account identification, scoring, profitability and customer equity."""

__all__: list[str] = []
