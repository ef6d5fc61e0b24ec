"""Raw and streamed responses are typed for users: pyright strict reads ``with_raw_response.<method>`` as
``RawResponse[<the method's own type>]`` and ``with_streaming_response`` as a context manager of the
streamed response, on both clients; a wrong expectation is rejected."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

USER_CODE = """
from pathlib import Path

from runcrate import AsyncBinaryResponse, AsyncRuncrate, BinaryResponse, RawResponse, ResultList
from runcrate import Runcrate, SyncPage
from runcrate.models import ChatCompletion, Instance, Job


def use(client: Runcrate) -> None:
    raw: RawResponse[Instance] = client.instances.with_raw_response.get("i-1")
    instance: Instance = raw.parse()
    listed: RawResponse[ResultList[Instance]] = client.instances.with_raw_response.list(search="gpu")
    page: SyncPage[Job] = client.jobs.with_raw_response.list(limit=10).parse()
    video: bytes = client.videos.with_raw_response.download("v-1").parse()
    saved: Path = client.videos.with_raw_response.download("v-1", Path("v.mp4")).parse()
    url: str = client.jobs.artifacts.with_raw_response.url("j-1", "out/a.bin").parse()
    chat: ChatCompletion = client.chat.completions.with_raw_response.create("m", []).parse()
    with client.videos.with_streaming_response.download("v-1") as response:
        streamed: BinaryResponse = response
        body: bytes = streamed.read()
    print(instance.id, listed.request_id, page.data, video, saved, url, chat.id, body)


async def use_async(client: AsyncRuncrate) -> None:
    raw = await client.instances.with_raw_response.get("i-1")
    instance: Instance = raw.parse()
    video: bytes = (await client.videos.with_raw_response.download("v-1")).parse()
    async with client.jobs.artifacts.with_streaming_response.download("j-1", "out/a.bin") as response:
        streamed: AsyncBinaryResponse = response
        body: bytes = await streamed.read()
    print(instance.id, video, body)


def wrong(client: Runcrate) -> None:
    text: RawResponse[str] = client.instances.with_raw_response.get("i-1")
    print(text)
"""


def test_pyright_strict_types_raw_and_streamed_responses(tmp_path: Path) -> None:
    (tmp_path / "user_code.py").write_text(USER_CODE, encoding="utf-8")
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11"}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    pyright = Path(sys.executable).with_name("pyright")
    result = subprocess.run(
        [str(pyright), "--outputjson", "--pythonpath", sys.executable, "-p", str(tmp_path), "user_code.py"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    errors = [d for d in json.loads(result.stdout)["generalDiagnostics"] if d["severity"] == "error"]
    wrong_line = USER_CODE.splitlines().index(
        '    text: RawResponse[str] = client.instances.with_raw_response.get("i-1")'
    )
    assert [(e["range"]["start"]["line"], e["rule"]) for e in errors] == [
        (wrong_line, "reportAssignmentType")
    ]
