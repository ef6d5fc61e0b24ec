# Generated from openapi/runcrate.yaml + overlays/python.yaml by openapi-python-client 0.29.1 (generator/). Do not edit: change the spec or a template and run `make generate`.
"""createInstanceSshCertificate: Issue an SSH certificate for an instance"""

from collections.abc import Mapping
from typing import Any, cast

import httpx

from runcrate._json import loads as json_loads

from ...models.create_instance_ssh_certificate_request import CreateInstanceSshCertificateRequest
from ...models.ssh_certificate_response import SshCertificateResponse
from ...types import UNSET, Operation, RequestParts, Unset, path_segment

OPERATION = Operation(
    id="createInstanceSshCertificate",
    method="POST",
    path="/instances/{id}/ssh-certificate",
    server="infrastructure",
    server_url="https://www.runcrate.ai/api/v1",
    idempotent=False,
    takes_idempotency_key=False,
    streaming=False,
    binary=False,
    multipart=False,
    redirect=False,
    min_timeout=None,
)


def build_request(
    id: str,
    *,
    body: CreateInstanceSshCertificateRequest | dict[str, Any],
    environment: str | Unset = UNSET,
) -> RequestParts:
    """Build the ``createInstanceSshCertificate`` request: Issue an SSH certificate for an instance

    Signs the given OpenSSH public key with a short lifetime for access to this instance and returns the
    certificate together with the address, user and port to connect to. This route is observed from the
    official command-line client only (the official SDKs do not use it); it lets a client connect
    without registering an SSH key. The instance must be `running`: any other status answers 409.

    Args:
        id (str):
        environment (str | Unset):
        body (CreateInstanceSshCertificateRequest):
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestParts = {
        "method": "POST",
        "url": "/instances/{id}/ssh-certificate".format(
            id=path_segment(id, "id"),
        ),
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> SshCertificateResponse:
    """Parse the body of a successful response (any 2xx status; the overlay handles errors)."""
    response_200 = SshCertificateResponse.from_dict(cast("Mapping[str, Any]", json_loads(response.content)))

    return response_200
