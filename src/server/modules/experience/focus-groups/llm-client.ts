import { z } from 'zod';
import type { Config } from '../../../config';

// A client for an OpenAI-compatible chat API (a local server such as vLLM, Ollama or llama.cpp,
// or a sovereign provider). One request, no retry, a bounded wait; the remote server's answers
// are never forwarded as they are (the caller gets a reason it may log, without any text).

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

/** Why the remote model gave no usable answer: 'timeout', 'network', 'status 500', … */
export class LlmError extends Error {
  constructor(readonly reason: string) {
    super(`language model request failed: ${reason}`);
  }
}

const completionSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(z.object({ message: z.object({ content: z.string().nullable().optional() }) }))
    .min(1),
});

/** Longest answer kept (a runaway model cannot fill the page). */
const MAX_ANSWER_CHARS = 8_000;

export function createLlmClient(
  llm: NonNullable<Config['llm']>,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
) {
  const endpoint = `${llm.url.replace(/\/+$/, '')}/chat/completions`;
  return {
    model: llm.model,

    /** The assistant's answer and the model that wrote it. */
    async complete(
      messages: ChatMessage[],
      temperature = 0.2,
    ): Promise<{ text: string; model: string }> {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            ...(llm.apiKey ? { authorization: `Bearer ${llm.apiKey}` } : {}),
          },
          body: JSON.stringify({ model: llm.model, messages, temperature }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new LlmError(
          error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network',
        );
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new LlmError(`status ${response.status}`);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        throw new LlmError(
          error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'invalid JSON',
        );
      }
      const parsed = completionSchema.safeParse(body);
      const text = parsed.success ? (parsed.data.choices[0]?.message.content ?? '').trim() : '';
      if (!text) throw new LlmError('no answer in the response');
      return {
        text: text.slice(0, MAX_ANSWER_CHARS),
        model: parsed.data?.model || llm.model,
      };
    },
  };
}
export type LlmClient = ReturnType<typeof createLlmClient>;
