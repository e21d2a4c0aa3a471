/** `n` and a noun that agrees with it: "1 error", "3 errors". (Every noun mathrepro counts takes a plain -s.) */
export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
