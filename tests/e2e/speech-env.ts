// A speech engine the headless browsers can use (docs/e2e.md, "Speech"): Debian's speech-dispatcher
// with espeak-ng, in a private runtime folder, playing into ALSA's null device (a test machine has
// no sound server; with the default PulseAudio output an utterance starts and never ends).
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export const speechDispatcher = '/usr/bin/speech-dispatcher';

/** Why the real engine cannot run here, or undefined; under CI it must (.ci/run installs it). */
export const speechSkipReason: string | undefined = existsSync(speechDispatcher) || process.env.CI
	? undefined
	: `no speech engine: ${speechDispatcher} not found (apt-get install -y speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)`;

export interface SpeechEnv {
	/** Environment for the browser process; the daemon it spawns inherits it. */
	env: Record<string, string>;
	remove(): Promise<void>;
}

export async function speechEnv(): Promise<SpeechEnv> {
	const dir = await mkdtemp(join(tmpdir(), 'clearpage-speech-'));
	const config = join(dir, 'config');
	const runtime = join(dir, 'runtime');
	await mkdir(join(config, 'speech-dispatcher'), {recursive: true});
	await mkdir(runtime, {mode: 0o700});
	await writeFile(join(config, 'speech-dispatcher', 'speechd.conf'), [
		'AudioOutputMethod "alsa"',
		'AudioALSADevice "null"',
		'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"',
		'DefaultModule espeak-ng',
		'',
	].join('\n'));
	await writeFile(join(dir, 'asound.conf'), 'pcm.!default { type null }\npcm.null { type null }\n');
	return {
		env: {
			XDG_CONFIG_HOME: config,
			XDG_RUNTIME_DIR: runtime,
			XDG_CACHE_HOME: join(dir, 'cache'),
			ALSA_CONFIG_PATH: join(dir, 'asound.conf'),
		},
		async remove() {
			await rm(dir, {recursive: true, force: true});
		},
	};
}
