/** Plugin global data as a test sets it (setPluginData); none by default. */
const data = new Map<string, unknown>();

export function setPluginData(pluginName: string, value: unknown): void {
  data.set(pluginName, value);
}

export function usePluginData(pluginName: string): unknown {
  return data.get(pluginName);
}
