"""The request engine: the calls resources make, one floor below them.

Resources hold an engine (``AsyncEngine`` in ``_async``, written by hand; ``SyncEngine`` in ``_sync``,
generated from it by ``make generate``) and call one of its entry points with a generated endpoint
module; everything cross-cutting (URLs, auth, environment, idempotency keys, retries, timeouts, error
mapping, lenient parsing, raw responses) happens here and in ``runcrate._transport``:

* ``request(endpoint, *path_args, options=..., **params)`` → the endpoint's parsed success type
* ``request_data(endpoint, ...)`` → the ``data`` of an infrastructure envelope
* ``stream(endpoint, ..., make_stream=...)`` → the stream class passed in, reading the open response
* ``request_binary(endpoint, ..., make_response=...)`` → a streamed binary response
* ``request_redirect(endpoint, ...)`` → the redirect target URL (artifact downloads)
* ``paginate(endpoint, ..., paging=Paging.cursor())`` → ``SyncPage[T]`` / ``AsyncPaginator[T]``
* ``signed_download(url)``, ``download_to_file(url, path)``, ``signed_upload(url, source)``: signed
  storage URLs (no API key, no environment)
* ``sleep``, ``monotonic``, ``offload``: the clock and worker threads waiters and uploads use (tests
  replace the transport's clock and sleep)

Nothing here knows an individual endpoint, and nothing here imports a resource or the clients.
"""
