import React from 'react'

import { VettedMark } from './VettedMark'

/** The admin's icon in the navigation bar. */
export const Icon: React.FC = () => <VettedMark size={24} title="Vetted" />
