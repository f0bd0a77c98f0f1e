// Sound and voice for the player, both optional: a short beep (WebAudio) when a countdown
// ends, and spoken cues (speechSynthesis) when the person has turned voice on. Either may be
// missing in a browser; then nothing happens. No files to download, so it works offline.

let audio: AudioContext | null = null;

/** A short, soft beep. Needs a page that has had a tap (browsers block audio before that). */
export function beep(): void {
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.35);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.35);
  } catch {
    // No WebAudio: the screen still shows the change.
  }
}

/** Whether this browser can speak. */
export function canSpeak(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window;
}

/** Says a short cue, replacing any cue still being spoken. */
export function speak(text: string): void {
  if (!canSpeak()) {
    return;
  }
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang || "en";
  utterance.rate = 0.95;
  window.speechSynthesis.speak(utterance);
}

/** Stops speaking. */
export function stopSpeaking(): void {
  if (canSpeak()) {
    window.speechSynthesis.cancel();
  }
}
