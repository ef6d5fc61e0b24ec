"""Chat streaming: print the answer as it arrives, collect the whole completion, stream tool calls.

    python examples/streaming.py --fake   # against the fake Runcrate server, no account needed
    python examples/streaming.py          # against the real API when RUNCRATE_API_KEY is set

Shows a stream used as a context manager (closed even when you stop reading early), the stream
assembling the final ``ChatCompletion`` as it goes (``get_final_completion`` / ``get_final_text``),
token usage from ``stream_options``, and a tool-calling turn: the model's streamed call is collected,
the tool runs locally, and its result goes back for the final streamed answer. Inference is billed
per token on the real API; whether a model supports tools depends on the model.
"""

from __future__ import annotations

import json
from typing import Any

from _connect import connect, parser, wants_fake

from runcrate import Runcrate
from runcrate.models import ChatCompletionMessage

CHAT_MODEL = "deepseek-ai/DeepSeek-V3"

WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "The city's name"}},
            "required": ["city"],
        },
    },
}


def get_weather(city: str) -> dict[str, Any]:
    """The local tool the model may call (a stand-in for a real weather service)."""
    return {"city": city, "temperature_c": 21, "sky": "clear"}


def step(title: str) -> None:
    print(f"\n== {title}")


def print_deltas(client: Runcrate) -> None:
    step("Print the answer as it streams")
    messages = [{"role": "user", "content": "Describe a GPU in one sentence."}]
    with client.chat.completions.create(model=CHAT_MODEL, messages=messages, stream=True) as stream:
        print("  ", end="")
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                print(chunk.choices[0].delta.content, end="", flush=True)
        print()
        completion = stream.get_final_completion()  # what was read, assembled: no second request
    print(f"  finish_reason={completion.choices[0].finish_reason}")


def collect_final_completion(client: Runcrate) -> None:
    step("Collect the whole completion, with token usage")
    messages = [{"role": "user", "content": "Name three uses of a GPU."}]
    with client.chat.completions.create(
        model=CHAT_MODEL, messages=messages, stream=True, stream_options={"include_usage": True}
    ) as stream:
        completion = stream.get_final_completion()
    print(f"  text: {completion.choices[0].message.content}")
    usage = completion.usage
    if usage:
        print(f"  usage: {usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens")


def call_a_tool(client: Runcrate) -> None:
    step("Stream a tool call, run the tool, stream the answer")
    messages: list[dict[str, str] | ChatCompletionMessage] = [
        {"role": "user", "content": "What is the weather in Lisbon?"}
    ]
    with client.chat.completions.create(
        model=CHAT_MODEL, messages=messages, tools=[WEATHER_TOOL], stream=True
    ) as stream:
        turn = stream.get_final_completion().choices[0]
    calls = turn.message.tool_calls or []
    if not calls:  # a model may answer directly instead
        print(f"  the model answered without the tool: {turn.message.content}")
        return
    messages.append(turn.message)  # the assistant's tool-call turn goes back as it came
    for call in calls:
        arguments = json.loads(call.function.arguments or "{}")
        result = get_weather(**arguments)
        print(f"  model called {call.function.name}({arguments}) -> {result}")
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
    with client.chat.completions.create(
        model=CHAT_MODEL, messages=messages, tools=[WEATHER_TOOL], stream=True
    ) as stream:
        print(f"  answer: {stream.get_final_text()}")


def main() -> None:
    args = parser(__doc__).parse_args()
    with connect(wants_fake(args)) as (client, _poll):
        print_deltas(client)
        collect_final_completion(client)
        call_a_tool(client)
    print("\nDone.")


if __name__ == "__main__":
    main()
