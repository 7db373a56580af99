import { useQuery } from '@tanstack/react-query';
import { RuleSettingsViewSchema, type RuleSettingsInput } from '@thidua/domain';
import { apiGet, apiPut } from './client';
import { useApiMutation } from './use-api-mutation';

const settingsPath = (provinceId: string) => `/api/admin-units/${provinceId}/rule-settings`;
const ruleSettingsKey = (provinceId: string) => ['rule-settings', provinceId];

export function useRuleSettings(provinceId: string) {
  return useQuery({
    queryKey: ruleSettingsKey(provinceId),
    queryFn: () => apiGet(settingsPath(provinceId), RuleSettingsViewSchema),
  });
}

export function useSaveRuleSettings(provinceId: string) {
  return useApiMutation(
    (input: RuleSettingsInput) => apiPut(settingsPath(provinceId), RuleSettingsViewSchema, input),
    [ruleSettingsKey(provinceId), ['audit']],
  );
}
