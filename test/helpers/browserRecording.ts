import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

/**
 * A real live WebM, as a browser's MediaRecorder writes it (and screen recorders built on it): headless Chromium
 * draws a moving canvas, captures it with captureStream, adds an oscillator's sound, and records `seconds` of both.
 * Chunks are written as they come, so the file has no duration and no cues, exactly as users' files do.
 */
export async function recordInBrowser(out: string, seconds: number): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--autoplay-policy=no-user-gesture-required'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<canvas width="320" height="240"></canvas>');
    const base64 = await page.evaluate(async (ms: number) => {
      const canvas = document.querySelector('canvas') as HTMLCanvasElement;
      const g = canvas.getContext('2d') as CanvasRenderingContext2D;
      const started = performance.now();
      const draw = () => {
        const t = (performance.now() - started) / 1000;
        g.fillStyle = '#202030';
        g.fillRect(0, 0, 320, 240);
        g.fillStyle = '#f0c040';
        g.fillRect((t * 50) % 280, 100, 40, 40);
        g.fillStyle = '#ffffff';
        g.font = '20px sans-serif';
        g.fillText(t.toFixed(1), 10, 30);
        requestAnimationFrame(draw);
      };
      draw();
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const sink = audio.createMediaStreamDestination();
      tone.connect(sink);
      tone.start();
      const stream = new MediaStream([...canvas.captureStream(30).getVideoTracks(), ...sink.stream.getAudioTracks()]);
      const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8,opus' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start(250);
      await new Promise((resolve) => setTimeout(resolve, ms));
      recorder.stop();
      await stopped;
      const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    }, seconds * 1000);
    await writeFile(out, Buffer.from(base64, 'base64'));
  } finally {
    await browser.close();
  }
}
