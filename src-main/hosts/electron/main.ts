import { createBackend } from '../../backend';
import { runDesktopApp } from './desktop-app';

runDesktopApp({ createBackend, argv: process.argv, env: process.env });
