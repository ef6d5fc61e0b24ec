"""R-1…R-8: instances, the instance-type catalogue and SSH certificates (state in ``InstanceStore``)."""

from __future__ import annotations

import base64
import hashlib
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from runcrate.testing._catalogue import INSTANCE_TYPES
from runcrate.testing._http import data, no_content
from runcrate.testing._infra_io import bad_request, invalid, json_object, path_id, query_int
from runcrate.testing._instance_store import gpu_matches
from runcrate.testing._ssh_keys import parse_public_key

if TYPE_CHECKING:
    from runcrate.testing._world import World

SSH_USER = "root"
SSH_PORT = 22


def instance_types(request: Request) -> list[dict[str, Any]]:
    """R-3's filters: ``gpu_type`` (loose, ``h100-sxm`` finds H100), ``region`` prefix, ``gpu_count``."""
    gpu_type = request.query_params.get("gpu_type")
    region = request.query_params.get("region")
    gpu_count = query_int(request, "gpu_count", 0, minimum=0) or None
    return [
        dict(offer)
        for offer in INSTANCE_TYPES
        if (gpu_type is None or gpu_matches(gpu_type, str(offer["gpu_type"])))
        and (region is None or str(offer["region"]).startswith(region))
        and (gpu_count is None or offer["gpu_count"] == gpu_count)
    ]


def certificate_for(public_key: str, instance_id: str) -> str:
    """A stand-in OpenSSH certificate line: the right type name, a deterministic body."""
    key_type, blob = parse_public_key(public_key)
    body = hashlib.sha256(blob + instance_id.encode()).digest() * 4
    return f"{key_type}-cert-v01@openssh.com {base64.b64encode(body).decode()} runcrate-fake"


def routes(world: World) -> list[BaseRoute]:
    store = world.instances

    async def list_instances(request: Request) -> Response:
        return data(store.listing(world.environment(request), request.query_params.get("search")))

    async def create_instance(request: Request) -> Response:
        env = world.environment(request)
        body = await json_object(request)
        return world.idempotent(
            request, "instances.create", lambda: data(store.launch(env, body), status=201), unverified=True
        )

    async def list_types(request: Request) -> Response:
        offers = instance_types(request)
        return data(offers, meta={"total": len(offers)})

    async def get_instance(request: Request) -> Response:
        return data(store.wire(store.get(world.environment(request), path_id(request))))

    async def update_instance(request: Request) -> Response:
        instance = store.get(world.environment(request), path_id(request))
        return data(store.update(instance, await json_object(request)))

    async def terminate_instance(request: Request) -> Response:
        store.terminate(store.get(world.environment(request), path_id(request)))
        return no_content()

    async def instance_status(request: Request) -> Response:
        wire = store.wire(store.get(world.environment(request), path_id(request)))
        return data({"id": wire["id"], "status": wire["status"], "ip": wire["ip"]})

    async def ssh_certificate(request: Request) -> Response:
        instance = store.get(world.environment(request), path_id(request))
        public_key = (await json_object(request)).get("public_key")
        if not isinstance(public_key, str):
            raise invalid("public_key", "is required")
        wire = store.wire(instance)
        if wire["status"] != "running":
            raise bad_request(f"Instance '{instance.id}' is {wire['status']}, not running")
        certificate = certificate_for(public_key, instance.id)
        return data({"certificate": certificate, "ip": wire["ip"], "user": SSH_USER, "port": SSH_PORT})

    return [
        Route("/instances", list_instances, methods=["GET"]),
        Route("/instances", create_instance, methods=["POST"]),
        Route("/instances/types", list_types, methods=["GET"]),
        Route("/instances/{id:segment}", get_instance, methods=["GET"]),
        Route("/instances/{id:segment}", update_instance, methods=["PATCH"]),
        Route("/instances/{id:segment}", terminate_instance, methods=["DELETE"]),
        Route("/instances/{id:segment}/status", instance_status, methods=["GET"]),
        Route("/instances/{id:segment}/ssh-certificate", ssh_certificate, methods=["POST"]),
    ]
