export interface CorpusScore {
  gold: number;
  found: number;
  reported: number;
  falseAlarms: number;
  trapsFlagged: number;
  missed: string[];
  alarms: string[];
}
export function scoreCorpus(dir: string, gold: unknown): Promise<CorpusScore>;
