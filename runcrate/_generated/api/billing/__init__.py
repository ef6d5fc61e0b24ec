# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""Operations tagged billing: one module per operation, imported on first use."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checkers see each module as an attribute of the package, as it is once imported
    from . import create_top_up as create_top_up
    from . import get_auto_recharge as get_auto_recharge
    from . import get_balance as get_balance
    from . import get_usage as get_usage
    from . import list_payment_methods as list_payment_methods
    from . import list_transactions as list_transactions
    from . import set_auto_recharge as set_auto_recharge
