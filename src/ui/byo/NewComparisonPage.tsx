// STUB owned by the bring-your-own helper: the router renders this at #/new.
export function NewComparisonPage(): null {
  return null;
}
