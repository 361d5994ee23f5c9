import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./api-fetch";
import type {
  EvaluationDto,
  EvaluationInput,
  EvaluationTemplateDto,
  EvaluationTemplateInput,
} from "./performance-types";

export const evaluationsKey = ["evaluations"] as const;

export function useEvaluationTemplates() {
  return useQuery({
    queryKey: [...evaluationsKey, "templates"],
    queryFn: async () => {
      const body = await apiFetch<{ templates: EvaluationTemplateDto[] } | EvaluationTemplateDto[]>(
        "/api/evaluation-templates",
      );
      return Array.isArray(body) ? body : body.templates;
    },
    retry: false,
  });
}

export function useSaveEvaluationTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: EvaluationTemplateInput }) =>
      id
        ? apiFetch<EvaluationTemplateDto>(`/api/evaluation-templates/${encodeURIComponent(id)}`, {
            method: "PUT",
            body: input,
          })
        : apiFetch<EvaluationTemplateDto>("/api/evaluation-templates", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationsKey }),
  });
}

export function useEvaluations(filters: { personId?: string; periodKey?: string; templateId?: string }) {
  return useQuery({
    queryKey: [...evaluationsKey, "list", filters],
    queryFn: async () =>
      (await apiFetch<{ evaluations: EvaluationDto[] }>(`/api/evaluations${toQueryString(filters)}`))
        .evaluations,
    retry: false,
  });
}

/** Creates a draft, or edits one when `id` is given. */
export function useSaveEvaluation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: EvaluationInput }) =>
      id
        ? apiFetch<EvaluationDto>(`/api/evaluations/${encodeURIComponent(id)}`, {
            method: "PUT",
            body: input,
          })
        : apiFetch<EvaluationDto>("/api/evaluations", { method: "POST", body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationsKey }),
  });
}

export function useSubmitEvaluation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<EvaluationDto>(`/api/evaluations/${encodeURIComponent(id)}/submit`, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationsKey }),
  });
}
