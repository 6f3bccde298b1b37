/** The time left before a hook's timeout, ticking once a second. */
import { useEffect, useState } from 'react';

/** `Date.now()`, re-read every `everyMs`. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Seconds as `h:mm:ss` (`0:00:00` once due). */
export function formatLeft(seconds: number): string {
  const left = Math.max(0, Math.floor(seconds));
  const h = Math.floor(left / 3600);
  const m = Math.floor((left % 3600) / 60);
  const s = left % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** `h:mm:ss` back to seconds: what the tests read off the page. */
export function parseLeft(text: string): number {
  const match = /^(\d+):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not h:mm:ss`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}
