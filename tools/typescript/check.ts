// Type-checks code a TypeScript user would write against clients generated from the bundles
// (`make ts-check`): what the spec allows must compile, and what it forbids must not. Each
// `@ts-expect-error` line is a request the spec refuses; tsc fails if it compiles after all.
import type { components as Inference, paths as InferencePaths } from "../../build/ts/inference";
import type { components as Infra, paths as InfraPaths } from "../../build/ts/infrastructure";

type Schemas = Infra["schemas"];
type Json<Op> = Op extends { requestBody?: { content: { "application/json": infer Body } } } ? Body : never;
type LaunchBody = Json<InfraPaths["/instances"]["post"]>;
type ScheduleBody = Json<InfraPaths["/schedules"]["post"]>;
type JobBody = Json<InfraPaths["/jobs"]["post"]>;
type Transcription = Inference["schemas"]["TranscriptionRequest"];
type Speech = Json<InferencePaths["/audio/speech"]["post"]>;

// ---------------------------------------------------------------- what the spec allows

export const byGpuType: LaunchBody = {
  name: "train-llama",
  gpu_type: "H100",
  gpu_count: 1,
  env_vars: [{ key: "HF_HOME", value: "/workspace/hf" }],
  max_runtime_minutes: 480,
};
export const byInstanceType: LaunchBody = { name: "exact", instance_type_id: "bold-tesla-a100-fa6f" };

const JOB = { command: "python train.py", gpu_type: ["H100:2", "A100"], max_runtime_minutes: 60 };
export const job: JobBody = { ...JOB, retry_on: ["machine_failure"], webhook_events: ["started", "finished"] };
export const copies: JobBody = { ...JOB, count: 3, max_parallel: 2 };
export const sweep: JobBody = { ...JOB, params: [{ LR: "0.1" }, { LR: "0.01" }] };
export const recurring: ScheduleBody = { kind: "job", spec: JOB, cron: "0 * * * *", overlap: "skip" };
export const oneOff: ScheduleBody = {
  kind: "instance",
  spec: { name: "nightly", gpu_type: "H100", max_runtime_minutes: 60 },
  run_at: "2026-10-21T01:00:00.000Z",
};

export const srt: Transcription = { file: "(binary)", model: "openai/whisper-1", response_format: "srt" };
export const wav: Speech = { model: "openai/tts-1", input: "hi", response_format: "wav" }; // an open enum

// responses: open enums take values a client does not know yet
export function describe(instance: Schemas["Instance"], schedule: Schemas["Schedule"]): string {
  const status: string = instance.status;
  const kind: string = schedule.kind;
  return `${instance.name} ${status} ${kind}`;
}

// fields the API always sends are required: no undefined to rule out
export function summary(job: Schemas["Job"], upload: Schemas["JobUpload"], balance: Schemas["Balance"]): string {
  const name: string = job.name;
  const runtime: number = job.max_runtime_minutes;
  const limit: number = upload.max_bytes;
  const running: number = balance.activeUsageCost;
  return `${name} ${runtime} ${limit} ${running}`;
}
// @ts-expect-error a field the API may leave out stays optional
export const exitCode = (job: Schemas["Job"]): number => job.exit_code;

// each bundle holds its own server's operations only
export type ChatBody = Json<InferencePaths["/chat/completions"]["post"]>;
// @ts-expect-error chat completions are not an operation of the infrastructure server
export type MisplacedChat = InfraPaths["/chat/completions"];

// ---------------------------------------------------------------- what the spec forbids

// @ts-expect-error a misspelt value of a closed enum (a schedule launches an instance or a job)
export const misspeltKind: ScheduleBody = { kind: "jobs", spec: JOB, cron: "0 * * * *" };
// @ts-expect-error a misspelt value of a closed enum (transcription formats)
export const misspeltFormat: Transcription = { file: "(binary)", model: "m", response_format: "jsn" };
// @ts-expect-error a misspelt value of a closed enum inside an array (retry_on)
export const misspeltRetry: JobBody = { ...JOB, retry_on: ["machine-failure"] };
// @ts-expect-error exactly one of gpu_type and instance_type_id: not both
export const bothWays: LaunchBody = { name: "x", gpu_type: "H100", instance_type_id: "bold-tesla-a100-fa6f" };
// @ts-expect-error exactly one of gpu_type and instance_type_id: not neither
export const noWay: LaunchBody = { name: "x" };
// @ts-expect-error exactly one of run_at and cron: not both
export const twice: ScheduleBody = { kind: "job", spec: JOB, run_at: "2026-10-21T01:00:00.000Z", cron: "0 * * * *" };
// @ts-expect-error exactly one of run_at and cron: not neither
export const never: ScheduleBody = { kind: "job", spec: JOB };
// @ts-expect-error a job group takes exactly one of count and params: not both
export const bothGroups: JobBody = { ...JOB, count: 2, params: [{ SEED: "1" }] };
// @ts-expect-error a field of the wrong type
export const countAsText: LaunchBody = { name: "x", gpu_type: "H100", gpu_count: "2" };
// @ts-expect-error a required field left out (every job needs a runtime limit)
export const noRuntime: JobBody = { command: "x", gpu_type: "H100" };
