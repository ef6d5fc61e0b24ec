"""The infrastructure surface's routes (mounted under ``/api/v1``): read the request, call the
state, answer in the ``{"data": ...}`` envelope.

Instances, instance types, storage, environments, secrets, SSH keys, templates and billing. The
rules live in the state modules beside this one; ``routes(world)`` registers that state on the
world and returns the routes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from runcrate.testing._infra.billing import Billing, balance, transactions_page
from runcrate.testing._infra.catalogue import PAYMENT_METHODS, STORAGE_REGIONS
from runcrate.testing._infra.environments import (
    Secrets,
    create_environment,
    delete_environment,
    environment_by_id,
    update_environment,
)
from runcrate.testing._infra.instances import InstanceStore, instance_types
from runcrate.testing._infra.requests import path_id
from runcrate.testing._infra.ssh_keys import SshKeys
from runcrate.testing._infra.storage import Storage, Volume, camel
from runcrate.testing._infra.templates import DEFAULT_PAGE_SIZE, template_page
from runcrate.testing._server.http import data, json_object, no_content
from runcrate.testing._server.query import query_int, query_moment

if TYPE_CHECKING:
    from runcrate.testing._server.world import World

DEFAULT_TRANSACTIONS = 50


def routes(world: World) -> list[BaseRoute]:
    """Register the infrastructure state on ``world``; the routes, relative to ``/api/v1``."""
    for component in (InstanceStore(world), Storage(world), SshKeys(world), Secrets(world), Billing(world)):
        world.register(component.COMPONENT, component)
    return [
        *_instance_routes(world),
        *_storage_routes(world),
        *_environment_routes(world),
        *_ssh_key_routes(world),
        *_template_routes(),
        *_billing_routes(world),
    ]


def _instance_routes(world: World) -> list[BaseRoute]:
    store = world.get(InstanceStore)

    async def list_instances(request: Request) -> Response:
        return data(store.listing(world.environment(request), request.query_params.get("search")))

    async def create_instance(request: Request) -> Response:
        env = world.environment(request)
        body = await json_object(request)
        return world.idempotent(
            request, "instances.create", lambda: data(store.launch(env, body), status=201), unverified=True
        )

    async def list_types(request: Request) -> Response:
        query = request.query_params
        gpu_count = query_int(request, "gpu_count", minimum=0) or None
        offers = instance_types(query.get("gpu_type"), query.get("region"), gpu_count)
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
        return data(store.ssh_certificate(instance, public_key))

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


def _storage_routes(world: World) -> list[BaseRoute]:
    storage = world.get(Storage)

    def wire(volume: Volume) -> dict[str, object]:
        return volume.fields(world.workspace_id)

    async def list_volumes(request: Request) -> Response:
        search = (request.query_params.get("search") or "").lower()
        volumes = storage.in_environment(world.environment(request))
        return data([camel(wire(v)) for v in volumes if search in v.name.lower()])

    async def create_volume(request: Request) -> Response:
        env = world.environment(request)
        body = await json_object(request)
        return world.idempotent(
            request,
            "storage.create",
            lambda: data(wire(storage.create(env, body)), status=201),
            unverified=True,
        )

    async def list_regions(request: Request) -> Response:
        return data([dict(region) for region in STORAGE_REGIONS])

    async def get_volume(request: Request) -> Response:
        return data(camel(wire(storage.get(world.environment(request), path_id(request)))))

    async def resize_volume(request: Request) -> Response:
        volume = storage.get(world.environment(request), path_id(request))
        return data(wire(storage.resize(volume, await json_object(request))))

    async def delete_volume(request: Request) -> Response:
        volume = storage.get(world.environment(request), path_id(request))
        refund = storage.delete(volume)
        return data(
            {"message": f"Storage volume '{volume.name}' deleted successfully", "refund_amount": refund}
        )

    return [
        Route("/storage", list_volumes, methods=["GET"]),
        Route("/storage", create_volume, methods=["POST"]),
        Route("/storage/regions", list_regions, methods=["GET"]),
        Route("/storage/{id:segment}", get_volume, methods=["GET"]),
        Route("/storage/{id:segment}", resize_volume, methods=["PATCH"]),
        Route("/storage/{id:segment}", delete_volume, methods=["DELETE"]),
    ]


def _environment_routes(world: World) -> list[BaseRoute]:
    secrets = world.get(Secrets)

    async def list_environments(request: Request) -> Response:
        with world.lock:
            return data([env.to_wire() for env in world.environments])

    async def create(request: Request) -> Response:
        return data(create_environment(world, await json_object(request)).to_wire(), status=201)

    async def get_environment(request: Request) -> Response:
        return data(environment_by_id(world, path_id(request)).to_wire())

    async def update(request: Request) -> Response:
        env = environment_by_id(world, path_id(request))
        return data(update_environment(world, env, await json_object(request)).to_wire())

    async def delete(request: Request) -> Response:
        delete_environment(world, environment_by_id(world, path_id(request)))
        return no_content()

    async def list_secrets(request: Request) -> Response:
        return data(secrets.listing(world.environment(request)))

    return [
        Route("/environments", list_environments, methods=["GET"]),
        Route("/environments", create, methods=["POST"]),
        Route("/environments/{id:segment}", get_environment, methods=["GET"]),
        Route("/environments/{id:segment}", update, methods=["PATCH"]),
        Route("/environments/{id:segment}", delete, methods=["DELETE"]),
        Route("/secrets", list_secrets, methods=["GET"]),
    ]


def _ssh_key_routes(world: World) -> list[BaseRoute]:
    keys = world.get(SshKeys)

    async def list_keys(request: Request) -> Response:
        return data([key.to_wire(world.workspace_id) for key in keys.keys.values()])

    async def create_key(request: Request) -> Response:
        key = keys.create(await json_object(request))
        return data(key.to_wire(world.workspace_id), status=201)

    async def delete_key(request: Request) -> Response:
        keys.delete(path_id(request))
        return no_content()

    return [
        Route("/ssh-keys", list_keys, methods=["GET"]),
        Route("/ssh-keys", create_key, methods=["POST"]),
        Route("/ssh-keys/{id:segment}", delete_key, methods=["DELETE"]),
    ]


def _template_routes() -> list[BaseRoute]:
    async def list_templates(request: Request) -> Response:
        page = query_int(request, "page", minimum=1) or 1
        page_size = query_int(request, "page_size", minimum=1) or DEFAULT_PAGE_SIZE
        found, meta = template_page(request.query_params, page, page_size)
        return data(found, meta=meta)

    return [Route("/templates", list_templates, methods=["GET"])]


def _billing_routes(world: World) -> list[BaseRoute]:
    billing = world.get(Billing)

    async def get_balance(request: Request) -> Response:
        return data(balance(world))

    async def transactions(request: Request) -> Response:
        limit = query_int(request, "limit", minimum=1, maximum=100) or DEFAULT_TRANSACTIONS
        offset = query_int(request, "offset", minimum=0) or 0
        page, meta = transactions_page(world, request.query_params.get("type"), limit, offset)
        return data(page, meta=meta)

    async def usage(request: Request) -> Response:
        start = query_moment(request, "from", end_of_day=False)
        end = query_moment(request, "to", end_of_day=True)
        return data(world.ledger.usage_between(start, end))

    async def top_up(request: Request) -> Response:
        body = await json_object(request)
        header_key = request.headers.get("idempotency-key")
        permitted = world.settings.billing_permission
        return data(billing.top_up_request(header_key, body, permitted=permitted).to_wire())

    async def get_auto_recharge(request: Request) -> Response:
        world.settle()
        with world.lock:
            return data(world.ledger.auto_recharge.to_wire())

    async def put_auto_recharge(request: Request) -> Response:
        return data(billing.set_auto_recharge(await json_object(request)))

    async def payment_methods(request: Request) -> Response:
        return data([dict(method) for method in PAYMENT_METHODS])

    return [
        Route("/billing/balance", get_balance, methods=["GET"]),
        Route("/billing/transactions", transactions, methods=["GET"]),
        Route("/billing/usage", usage, methods=["GET"]),
        Route("/billing/topups", top_up, methods=["POST"]),
        Route("/billing/auto-recharge", get_auto_recharge, methods=["GET"]),
        Route("/billing/auto-recharge", put_auto_recharge, methods=["PUT"]),
        Route("/billing/payment-methods", payment_methods, methods=["GET"]),
    ]
