import { createContext, type ReactNode, useContext } from 'react';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';

/** What every page reads: the shipped meetings and the compiled topic lexicon. Tests pass their own. */
export interface AppData {
  meetings: readonly Meeting[];
  lexicon: CompiledLexicon;
}

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider({ data, children }: { data: AppData; children: ReactNode }) {
  return <AppDataContext.Provider value={data}>{children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  const data = useContext(AppDataContext);
  if (!data) throw new Error('useAppData needs an AppDataProvider');
  return data;
}
