"""Small hand-built accounts tables for the analytics tests (imported as ``frames``)."""

import numpy as np
import pandas as pd


def make_frame(n=8, seed=0):
    """A small, valid accounts table with every column the analytics functions read."""
    rng = np.random.default_rng(seed)
    revenue = np.round(rng.lognormal(11, 1.2, n), 2)
    sow = rng.uniform(0.1, 0.9, n)
    stages = np.array(["exploratory", "basic", "cooperative", "interdependent", "integrated"])
    return pd.DataFrame(
        {
            "account_id": [f"A{i:03d}" for i in range(n)],
            "revenue": revenue,
            "growth_trend": np.round(rng.normal(0.05, 0.1, n), 3),
            "category_spend": np.round(revenue / sow, 2),
            "share_of_wallet": np.round(sow, 4),
            "gross_margin": np.round(rng.uniform(0.15, 0.3, n), 4),
            "discounts_rebates": np.round(revenue * rng.uniform(0, 0.08, n), 2),
            "orders_per_year": rng.integers(1, 20, n),
            "sales_hours": np.round(rng.uniform(1, 60, n), 1),
            "deliveries": rng.integers(1, 30, n),
            "service_hours": np.round(rng.uniform(0, 40, n), 1),
            "complaint_hours": np.round(rng.uniform(0, 10, n), 1),
            "promotion_support": np.round(rng.uniform(0, 5000, n), 2),
            "relationship_stage": stages[rng.integers(0, 5, n)],
            "strategic_importance": rng.integers(1, 6, n),
        }
    )
