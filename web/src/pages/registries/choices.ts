/** A select's options from a list of codes and their Vietnamese labels. */
export const choices = <K extends string>(codes: readonly K[], labels: Record<K, string>) => codes.map((value) => ({ value, label: labels[value] }));
