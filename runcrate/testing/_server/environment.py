"""One environment of the workspace: the partition that instances, volumes, jobs and budgets belong to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from runcrate.testing._server.clock import iso


@dataclass
class Environment:
    """One environment of the workspace. Budgets are set by the test, never by the API."""

    id: str
    name: str
    is_default: bool
    created_at: float
    updated_at: float
    monthly_budget_usd: float | None = None
    month_to_date_usd: float = 0.0

    @property
    def budget_reached(self) -> bool:
        return self.monthly_budget_usd is not None and self.month_to_date_usd >= self.monthly_budget_usd

    def to_wire(self) -> dict[str, Any]:
        remaining = (
            None
            if self.monthly_budget_usd is None
            else round(max(self.monthly_budget_usd - self.month_to_date_usd, 0.0), 2)
        )
        return {
            "id": self.id,
            "name": self.name,
            "is_default": self.is_default,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "monthly_budget_usd": self.monthly_budget_usd,
            "month_to_date_usd": round(self.month_to_date_usd, 2),
            "budget_remaining_usd": remaining,
        }
