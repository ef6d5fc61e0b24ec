"""Fixed catalogues of the fake workspace: instance types, storage regions, templates, cards."""

from __future__ import annotations

from typing import Any

INSTANCE_TYPES: tuple[dict[str, Any], ...] = (
    {
        "id": "bold-tesla-a100-fa6f",
        "gpu_type": "A100",
        "gpu_count": 1,
        "cpu_cores": 12,
        "memory_gb": 85,
        "storage_gb": 200,
        "region": "us-east-1",
        "deployment_type": "container",
        "hourly_rate": 1.29,
    },
    {
        "id": "twin-tesla-a100-2b7e",
        "gpu_type": "A100",
        "gpu_count": 2,
        "cpu_cores": 24,
        "memory_gb": 170,
        "storage_gb": 400,
        "region": "us-west-1",
        "deployment_type": "container",
        "hourly_rate": 2.58,
    },
    {
        "id": "swift-hopper-h100-3c1d",
        "gpu_type": "H100",
        "gpu_count": 1,
        "cpu_cores": 26,
        "memory_gb": 200,
        "storage_gb": 500,
        "region": "us-east-1",
        "deployment_type": "container",
        "hourly_rate": 2.49,
    },
    {
        "id": "grand-hopper-h100x8-9e02",
        "gpu_type": "H100",
        "gpu_count": 8,
        "cpu_cores": 208,
        "memory_gb": 1600,
        "storage_gb": 4000,
        "region": "us-east-1",
        "deployment_type": "vm",
        "hourly_rate": 19.92,
    },
    {
        "id": "calm-ada-l40s-71b2",
        "gpu_type": "L40S",
        "gpu_count": 1,
        "cpu_cores": 16,
        "memory_gb": 64,
        "storage_gb": 250,
        "region": "us-west-1",
        "deployment_type": "container",
        "hourly_rate": 0.89,
    },
    {
        "id": "keen-ada-rtx4090-5d10",
        "gpu_type": "RTX4090",
        "gpu_count": 1,
        "cpu_cores": 8,
        "memory_gb": 32,
        "storage_gb": 100,
        "region": "mumbai-india-1",
        "deployment_type": "container",
        "hourly_rate": 0.44,
    },
)

STORAGE_REGIONS: tuple[dict[str, str], ...] = (
    {"id": "137", "name": "us-east-1", "provider": "aws-s3"},
    {"id": "21", "name": "us-west-1", "provider": "wasabi"},
)

TEMPLATE_CATEGORIES = ("ml", "inference", "devtools", "data")

TEMPLATE_NAMES = (
    "PyTorch 2.4",
    "TensorFlow 2.17",
    "JAX",
    "vLLM server",
    "Text Generation Inference",
    "ComfyUI",
    "Stable Diffusion WebUI",
    "Jupyter Lab",
    "VS Code Server",
    "Ubuntu 22.04 devbox",
    "Ollama",
    "Axolotl fine-tuning",
    "Unsloth",
    "RAPIDS",
    "Spark",
    "Ray cluster head",
    "Triton Inference Server",
    "Whisper API",
    "LLaMA-Factory",
    "Open WebUI",
    "Label Studio",
    "MLflow",
    "Weights & Biases local",
    "Miniconda",
    "CUDA 12.4 base",
    "ROCm base",
    "Kohya trainer",
    "SGLang server",
    "DeepSpeed",
    "Megatron-LM",
)

PAYMENT_METHODS: tuple[dict[str, Any], ...] = (
    {"type": "card", "brand": "visa", "last4": "0042", "exp_month": 8, "exp_year": 2030, "default": True},
    {
        "type": "card",
        "brand": "mastercard",
        "last4": "4444",
        "exp_month": 1,
        "exp_year": 2029,
        "default": False,
    },
)


def slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-").replace("--", "-")
